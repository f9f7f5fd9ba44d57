"""The errors that refuse a statement file, or a column mapping, as a whole."""

from __future__ import annotations

from ...domain.errors import PHBError


class StatementRefused(PHBError):
    """The whole file cannot be read as a statement (binary, too big, empty, unknown layout…).

    ``message`` says why in plain English; nothing from the file should be stored.
    """

    exit_code = 1


class MappingError(PHBError):
    """A column mapping given as text (``date=1,amount=3``) or JSON could not be understood."""

    exit_code = 2
