"""NHS numbers: ten digits whose last is a modulus-11 check digit."""

from __future__ import annotations

import re

from .text import translate


def nhs_number_problem(text: str) -> str | None:
    """Why ``text`` is not a valid NHS number, or ``None`` when it is (or is empty)."""
    digits = re.sub(r"[\s-]", "", text)
    if not digits:
        return None
    if not digits.isdigit() or not digits.isascii():
        return translate("NhsNumber", "An NHS number has only digits, like 943 476 5919.")
    if len(digits) != 10:
        return translate("NhsNumber", "An NHS number has 10 digits; this has {count}.").format(
            count=len(digits)
        )
    total = sum(int(d) * weight for d, weight in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    if check == 10 or check != int(digits[9]):
        return translate("NhsNumber", "This is not a valid NHS number: please check each digit.")
    return None


def format_nhs_number(text: str) -> str:
    """A valid NHS number written as ``"943 476 5919"`` (other text returned unchanged)."""
    digits = re.sub(r"[\s-]", "", text)
    if len(digits) == 10 and digits.isdigit():
        return f"{digits[:3]} {digits[3:6]} {digits[6:]}"
    return text.strip()
