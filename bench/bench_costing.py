"""Costing a plan of 2,000 support lines over a 12-month period (target: under 50 ms).

Baseline: reading the same plan's interchange JSON text with ``json.loads`` — the cheapest thing
any program must do with a plan of that size.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.harness import median_seconds, report
from phbplanner.domain.costing import cost_plan
from phbplanner.domain.readiness import check_readiness
from phbplanner.interchange.plan_json import dumps_plan, loads_plan

FREQUENCIES = ["once", "weekly", "fortnightly", "four_weekly", "monthly", "quarterly", "annually"]


def generated_plan_json(lines: int = 2000, seed: int = 7) -> str:
    """A plan with ``lines`` support lines of every frequency and 40 outcomes."""
    rng = random.Random(seed)
    start = date(2026, 4, 1)
    outcomes = [{"id": f"o{i}", "title": f"Outcome {i}"} for i in range(1, 41)]
    support = []
    for i in range(1, lines + 1):
        first = start + timedelta(days=rng.randint(-60, 200))
        last = None if rng.random() < 0.7 else (first + timedelta(days=rng.randint(30, 300)))
        support.append({
            "id": f"s{i}", "description": f"Support line {i}", "category": "personal_assistant",
            "unit_cost": f"{rng.randint(100, 20000) / 100:.2f}",
            "quantity": f"{rng.randint(25, 1000) / 100:.2f}",
            "schedule": {"frequency": rng.choice(FREQUENCIES), "first": first.isoformat(),
                         "last": last.isoformat() if last else None},
            "management": "direct_payment", "outcomes": [f"o{rng.randint(1, 40)}"],
        })  # fmt: skip
    document = {
        "format": "phbplanner-plan", "version": 1, "outcomes": outcomes, "support_lines": support,
        "budget": {"indicative": "9000000.00", "period_start": start.isoformat(),
                   "period_end": "2027-03-31", "contingency": {"percent": "5"}},
    }  # fmt: skip
    return json.dumps(document)


def main() -> None:
    text = dumps_plan(loads_plan(generated_plan_json()))
    plan = loads_plan(text)
    print(f"Costing: {len(plan.support_lines)} lines, 12-month period")
    baseline = median_seconds(lambda: json.loads(text))
    report("baseline: json.loads of the plan", baseline)
    costing = median_seconds(lambda: cost_plan(plan))
    report("cost_plan (all lines, totals, breakdowns)", costing, target=0.050,
           baseline=("json.loads", baseline))  # fmt: skip
    both = median_seconds(lambda: check_readiness(plan, cost_plan(plan)))
    report("cost_plan + readiness check", both, target=0.050, baseline=("json.loads", baseline))


if __name__ == "__main__":
    main()
