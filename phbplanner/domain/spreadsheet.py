"""Text that a spreadsheet would take for a formula (CSV injection, as OWASP describes it).

One rule for every CSV the program writes — statements' entries, monitoring returns, the audit
pack's index: a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets
a leading apostrophe, so Excel or LibreOffice show the text instead of running it. What is stored
stays exactly as typed; only what is written out is neutralised.
"""

from __future__ import annotations

#: The first characters that make a spreadsheet read a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """``text`` with a leading apostrophe when it would start a formula, else unchanged."""
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text
