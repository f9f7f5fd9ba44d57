"""The edits between two plans: applying them gives the newer plan, their inverse the older one —
whatever was removed, added, changed or moved (fixed seeds, so every run checks the same plans)."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from phbplanner.domain.plan import COLLECTIONS, Outcome, OutcomeStatus, Plan, Reviews
from phbplanner.services.edits import MoveItem, PutItem, RemoveItem, SetSection
from phbplanner.services.review_version import apply_all, edits_between
from tests.storage.support import example_plan


def _mutated(plan: Plan, rng: random.Random) -> Plan:
    """``plan`` with items removed, added, changed and moved in random lists and sections."""
    changes: dict[str, Any] = {}
    for name in rng.sample(sorted(COLLECTIONS), k=4):
        items = list(getattr(plan, name))
        for _ in range(rng.randint(0, 2)):
            if items:
                items.pop(rng.randrange(len(items)))
        for number in range(rng.randint(0, 2)):
            model = rng.choice(getattr(plan, name)) if getattr(plan, name) else None
            if model is None:
                continue
            items.insert(rng.randint(0, len(items)), replace(model, id=f"new{name}{number}"))
        if items and rng.random() < 0.5:
            index = rng.randrange(len(items))
            item = items[index]
            field = next(
                f for f in ("title", "description", "name", "risk", "what", "text", "who")
                if hasattr(item, f)
            )  # fmt: skip
            items[index] = replace(item, **{field: f"changed {rng.random():.3f}"})
        if rng.random() < 0.5:
            rng.shuffle(items)
        changes[name] = tuple(items)
    if rng.random() < 0.5:
        changes["reviews"] = Reviews(date(2026, 7, rng.randint(1, 31)), rng.randint(1, 12))
    if rng.random() < 0.3:
        changes["consent_to_share"] = not plan.consent_to_share
    return replace(plan, **changes)


@pytest.mark.parametrize("seed", range(40))
def test_the_edits_between_two_plans_take_one_to_the_other_and_back(seed: int) -> None:
    old = example_plan()
    new = _mutated(old, random.Random(seed))
    edits = edits_between(old, new)
    after, inverse = apply_all(old, edits)
    assert after == new
    back, _ = apply_all(after, inverse)
    assert back == old


def test_a_plan_unchanged_needs_no_edits() -> None:
    plan = example_plan()
    assert edits_between(plan, plan) == ()


def test_the_edits_are_as_small_as_the_change() -> None:
    old = example_plan()
    o1, o2, o3 = old.outcomes
    new = replace(
        old,
        outcomes=(replace(o1, status=OutcomeStatus.ACHIEVED), o2, Outcome("o4", "Join a choir")),
    )
    assert edits_between(old, new) == (
        RemoveItem("outcomes", "o3"),
        PutItem("outcomes", new.outcomes[0]),
        PutItem("outcomes", new.outcomes[2], 2),
    )
    moved = replace(old, outcomes=(o3, o1, o2), reviews=Reviews(date(2026, 6, 1)))
    assert edits_between(old, moved) == (
        SetSection("reviews", moved.reviews),
        MoveItem("outcomes", "o3", 0),
    )
