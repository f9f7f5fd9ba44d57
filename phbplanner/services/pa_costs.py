"""PA employment costs for the window and the CLI: the shipped rates, loaded once, and the
calculation over them.

The rates files live in ``resources/rates/`` (found through :func:`phbplanner.paths.resource`, so
they are found in a checkout, an installed wheel or a bundle); ``interchange/employment_rates``
reads and checks them and ``domain/employment`` does the arithmetic.
"""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from ..domain.employment import PACosts, PAInputs, calculate_pa_costs
from ..domain.employment_rates import RatesBook
from ..interchange.employment_rates import load_rates_folder
from ..paths import resource

_lock = threading.Lock()
_cached: RatesBook | None = None


def rates_folder() -> Path:
    """Where the shipped rates files are."""
    return resource("rates")


def employment_rates() -> RatesBook:
    """Every tax year's rates shipped with the program (read once, then remembered).

    Raises :class:`~phbplanner.interchange.employment_rates.RatesFileError` when a file is
    missing or wrong, naming the file and the field.
    """
    global _cached
    with _lock:
        if _cached is None:
            _cached = load_rates_folder(rates_folder())
        return _cached


def pa_costs(inputs: PAInputs, start: date, end: date, rates: RatesBook | None = None) -> PACosts:
    """What employing the PA costs from ``start`` to ``end``, with the shipped rates unless
    ``rates`` is given."""
    return calculate_pa_costs(inputs, start, end, rates or employment_rates())


__all__ = ["employment_rates", "pa_costs", "rates_folder"]
