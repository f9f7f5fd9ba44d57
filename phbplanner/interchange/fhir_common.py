"""What the FHIR export's modules share: the project's URLs, stable ids, and small builders.

Everything the project defines for FHIR lives under one base URL, :data:`BASE`. It uses the
reserved ``.invalid`` top-level domain (RFC 2606), like the plan JSON Schema's ``$id``: it names
the project's definitions for ever and can never be taken over by someone else's web site. The
URLs are documented in ``docs/fhir.md``; changing one breaks every receiver, so they never change.
"""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Iterable
from typing import Any

from ..domain.money import Money
from ..domain.nhs import nhs_number_problem
from ..domain.plan import Person

# The root of every URL the project defines for FHIR.
BASE = "https://phbplanner.invalid/fhir/"
# Extensions: ``SD + "support-cost"`` and so on (see docs/fhir.md).
SD = BASE + "StructureDefinition/"
# Identifier systems for plan items (their ids are unique within one plan).
ID = BASE + "Id/"
# The project's own code systems (support categories).
CS = BASE + "CodeSystem/"

NHS_NUMBER_SYSTEM = "https://fhir.nhs.uk/Id/nhs-number"
CURRENCY = "GBP"

# All fullUrls are uuid5 names in this namespace, so they never clash with other programs' ids.
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, BASE)


def nhs_digits(text: str) -> str:
    """The ten digits of a valid NHS number, or ``""`` for an empty or invalid one."""
    digits = "".join(text.split()).replace("-", "")
    if not digits or nhs_number_problem(digits) is not None:
        return ""
    return digits


def name_key(name: str) -> str:
    """A name reduced for matching: Unicode NFC, single spaces, no case ("Siân" = "SIÂN")."""
    return unicodedata.normalize("NFC", " ".join(name.split())).casefold()


class Ids:
    """Stable ``urn:uuid:`` fullUrls for the resources of one person's bundle.

    Each is a uuid5 over the person (their NHS number, or else their name and date of birth), the
    kind of resource and the plan item's id. So the same plan always gives the same fullUrls, the
    same outcome keeps its fullUrl in every version of the plan, and two people's bundles do not
    share ids even though both plans have an outcome ``o1``.
    """

    def __init__(self, person: Person) -> None:
        digits = nhs_digits(person.nhs_number)
        if digits:
            self._seed = "nhs:" + digits
        else:
            born = person.date_of_birth.isoformat() if person.date_of_birth else ""
            self._seed = "person:" + name_key(person.name) + "|" + born

    def urn(self, kind: str, key: str = "") -> str:
        """The fullUrl of the resource of ``kind`` for the plan item ``key``."""
        return "urn:uuid:" + str(uuid.uuid5(NAMESPACE, f"{self._seed}\n{kind}\n{key}"))


def clean(value: Any) -> Any:
    """``value`` without empty parts: FHIR forbids ``""``, ``null``, ``[]`` and ``{}``.

    Text is stripped of surrounding spaces. Dictionaries keep their key order.
    """
    if isinstance(value, dict):
        result = {}
        for key, item in value.items():
            item = clean(item)
            if item is not None:
                result[key] = item
        return result or None
    if isinstance(value, list):
        items = [item for item in (clean(entry) for entry in value) if item is not None]
        return items or None
    if isinstance(value, str):
        return value.strip() or None
    return value


def money(amount: Money) -> dict[str, Any]:
    """A FHIR ``Money``: the exact amount in pounds (``Decimal("1234.50")``) and ``GBP``."""
    return {"value": amount.to_decimal(), "currency": CURRENCY}


def reference(urn: str, display: str = "") -> dict[str, Any]:
    """A reference to a resource inside the bundle, with the name people read."""
    return {"reference": urn, "display": display}


def identifier(kind: str, value: str) -> dict[str, str]:
    """The identifier of a plan item, e.g. outcome ``o1``: system ``…/Id/outcome``."""
    return {"system": ID + kind, "value": value}


def complex_extension(url: str, parts: Iterable[tuple[str, str, Any]]) -> dict[str, Any] | None:
    """An extension made of parts ``(name, value type, value)``; parts without a value are left
    out, and with none left so is the extension (a FHIR extension must carry something)."""
    inner = [
        {"url": name, "value" + kind: value}
        for name, kind, value in parts
        if value is not None and value != ""
    ]
    return {"url": SD + url, "extension": inner} if inner else None


def contact_point(text: str) -> dict[str, str] | None:
    """A contact written as free text, as a FHIR ``ContactPoint``: an email address when it has an
    "@", a phone number when it is mostly digits, anything else as ``other``."""
    text = text.strip()
    if not text:
        return None
    if "@" in text and " " not in text:
        return {"system": "email", "value": text}
    digits = sum(ch.isdigit() for ch in text)
    if digits >= 6 and all(ch.isdigit() or ch in " +()-." for ch in text):
        return {"system": "phone", "value": text}
    return {"system": "other", "value": text}
