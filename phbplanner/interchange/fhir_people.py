"""The people of a FHIR bundle: the Patient, the relationship circle, the care coordinator,
helpers, paid providers, the GP practice, and the CareTeam that gathers those who support the plan.

People are named in several places of a plan (a support line's provider, a helper, the circle).
A name is matched, ignoring case and spacing, to the first of: a person in the circle, the care
coordinator, a helper, a provider — so someone named twice is one resource, referenced twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..domain.categories import Category
from ..domain.plan import Plan
from ..domain.text import translate
from .fhir_common import (
    NHS_NUMBER_SYSTEM,
    Ids,
    clean,
    complex_extension,
    contact_point,
    identifier,
    name_key,
    nhs_digits,
    reference,
)


@dataclass(eq=False)  # members are compared by identity
class Member:
    """A resource of the bundle that stands for a person or an organisation."""

    urn: str
    display: str
    resource: dict[str, Any]
    roles: list[str] = field(default_factory=list)  # CareTeam roles, in order, once each

    def ref(self) -> dict[str, Any]:
        """A reference to this member."""
        return reference(self.urn, self.display)


class People:
    """Every person and organisation of one plan's bundle, findable by name."""

    def __init__(self, plan: Plan, ids: Ids) -> None:
        self._ids = ids
        self._by_name: dict[str, Member] = {}
        self.members: list[Member] = []  # in bundle order, the Patient not included
        self.team: list[Member] = []  # the CareTeam, in the order they were given a role
        self.patient = self._patient(plan)
        self.circle = [self._circle_person(plan, index) for index in range(len(plan.relationships))]
        for member in self.circle:
            self._remember(member.display, member)
        self.coordinator = self._coordinator(plan)
        self.helpers = [self._helper(plan, index) for index in range(len(plan.helpers))]
        self.providers = self._providers(plan)
        self.gp = self._gp(plan)

    # -- lookup ---------------------------------------------------------------------------------
    def _remember(self, name: str, member: Member) -> None:
        key = name_key(name)
        if key and key not in self._by_name:
            self._by_name[key] = member

    def find(self, name: str) -> Member | None:
        """The member with this name (ignoring case and spacing), if any."""
        return self._by_name.get(name_key(name))

    def ref_for(self, name: str) -> dict[str, Any] | None:
        """A reference to the member named ``name``, or a name-only reference when there is none
        (FHIR allows a reference that only names someone); ``None`` for an empty name."""
        if not name.strip():
            return None
        member = self.find(name)
        return member.ref() if member is not None else {"display": name}

    def _give_role(self, member: Member, role: str) -> None:
        """Put ``member`` in the CareTeam with ``role`` (each role kept once)."""
        role = role.strip()
        if not role:
            return
        if member not in self.team:
            self.team.append(member)
        if role not in member.roles:
            member.roles.append(role)

    def _add(self, kind: str, key: str, display: str, resource: dict[str, Any]) -> Member:
        member = Member(self._ids.urn(kind, key), display.strip(), resource)
        self.members.append(member)
        return member

    # -- the person -----------------------------------------------------------------------------
    def _patient(self, plan: Plan) -> Member:
        person = plan.person
        digits = nhs_digits(person.nhs_number)
        # A "use" or "system" alone says nothing: each part is there only with its value.
        resource: dict[str, Any] = {
            "resourceType": "Patient",
            "identifier": [{"system": NHS_NUMBER_SYSTEM, "value": digits}] if digits else None,
            "name": [
                {"use": use, "text": text}
                for use, text in (("official", person.name), ("usual", person.preferred_name))
                if text.strip()
            ],
            "telecom": [contact_point(person.phone), contact_point(person.email)],
            "birthDate": person.date_of_birth.isoformat() if person.date_of_birth else None,
            "address": [{"use": "home", "text": person.address}]
            if person.address.strip()
            else None,
            "generalPractitioner": None,  # set by _gp once the practice's resource exists
        }
        return Member(self._ids.urn("Patient"), person.name.strip(), resource)

    def _circle_person(self, plan: Plan, index: int) -> Member:
        item = plan.relationships[index]
        circle = complex_extension(
            "relationship-circle",
            [
                ("ring", "Integer", item.ring),
                ("whatTheyDo", "String", item.what_they_do.strip()),
                ("howOften", "String", item.how_often.strip()),
                ("sameHousehold", "Boolean", item.same_household),
            ],
        )
        resource = {
            "resourceType": "RelatedPerson",
            "extension": [circle],
            "identifier": [identifier("relationship", item.id)],
            "patient": self.patient.ref(),
            "relationship": [{"text": item.relationship}],
            "name": [{"text": item.name}],
        }
        return self._add("RelatedPerson", item.id, item.name, resource)

    # -- those who support the plan -------------------------------------------------------------
    def _coordinator(self, plan: Plan) -> Member | None:
        who = plan.care_coordinator
        if not who.name.strip():
            return None
        existing = self.find(who.name)
        if existing is not None:  # the coordinator is also in the circle: one resource
            member = existing
        else:
            resource = {
                "resourceType": "Practitioner",
                "name": [{"text": who.name}],
                "telecom": [contact_point(who.contact)],
            }
            member = self._add("Practitioner", "care-coordinator", who.name, resource)
            self._remember(who.name, member)
        self._give_role(member, translate("Fhir", "Care coordinator"))
        self._give_role(member, who.role)
        return member

    def _helper(self, plan: Plan, index: int) -> Member:
        item = plan.helpers[index]
        member = self.find(item.name)
        if member is None:
            resource = {
                "resourceType": "RelatedPerson",
                "identifier": [identifier("helper", item.id)],
                "patient": self.patient.ref(),
                "relationship": [{"text": item.role}],
                "name": [{"text": item.name}],
            }
            member = self._add("RelatedPerson", "helper/" + item.id, item.name, resource)
            self._remember(item.name, member)
        self._give_role(member, translate("Fhir", "Helped make this plan"))
        self._give_role(member, item.role)
        return member

    def _providers(self, plan: Plan) -> dict[str, Member]:
        """The provider of each paid support line, by line id (lines without one are left out)."""
        found: dict[str, Member] = {}
        for line in plan.support_lines:
            name = line.provider.strip()
            if not name:
                continue
            member = self.find(name)
            if member is None:
                # A personal assistant is a person; every other provider is an organisation.
                if line.category == Category.PERSONAL_ASSISTANT:
                    resource: dict[str, Any] = {
                        "resourceType": "Practitioner",
                        "name": [{"text": name}],
                    }
                    kind = "Practitioner"
                else:
                    resource = {"resourceType": "Organization", "name": name}
                    kind = "Organization"
                member = self._add(kind, "provider/" + name_key(name), name, resource)
                self._remember(name, member)
            self._give_role(member, translate("Fhir", "Paid support"))
            found[line.id] = member
        return found

    def _gp(self, plan: Plan) -> Member | None:
        name = plan.person.gp_practice.strip()
        if not name:
            return None
        member = self.find(name)
        if member is None:
            resource = {"resourceType": "Organization", "name": name}
            member = self._add("Organization", "gp/" + name_key(name), name, resource)
        self.patient.resource["generalPractitioner"] = [member.ref()]
        return member

    # -- the team -------------------------------------------------------------------------------
    def care_team(self, plan: Plan, status: str) -> dict[str, Any]:
        """The CareTeam: the coordinator, helpers and paid providers, each once with their roles."""
        name = plan.person.name.strip()
        title = (
            translate("Fhir", "People who support {name}").format(name=name)
            if name
            else translate("Fhir", "People who support this plan")
        )
        return {
            "resourceType": "CareTeam",
            "status": status,
            "name": title,
            "subject": self.patient.ref(),
            "participant": [
                {"role": [{"text": role} for role in member.roles], "member": member.ref()}
                for member in self.team
            ],
        }

    def contributors(self) -> list[dict[str, Any]]:
        """Who wrote the plan: the person, then each helper once."""
        refs = [self.patient.ref()]
        seen = {self.patient.urn}
        for member in self.helpers:
            if member.urn not in seen:
                seen.add(member.urn)
                refs.append(member.ref())
        return refs

    def entries(self) -> list[tuple[str, dict[str, Any]]]:
        """(fullUrl, resource) of every member, the Patient first, without empty parts."""
        pairs = [(self.patient.urn, self.patient.resource)]
        pairs += [(member.urn, member.resource) for member in self.members]
        return [(urn, clean(resource)) for urn, resource in pairs]
