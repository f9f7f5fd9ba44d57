"""``export``: the plan in another form, in one place, one small function per format.

Adding a format (CSV, FHIR…) is one function that writes it through ``services.exports`` and
returns the line to print, registered with :func:`export_format`::

    @export_format("csv", "the support lines as a spreadsheet (CSV)")
    def _csv(request: ExportRequest) -> str:
        plan, _version = request.chosen()
        exports.export_plan_csv(plan, request.out, overwrite=request.overwrite)
        return translate("Cli", "Wrote the support lines to {name}.").format(name=request.shown)

Every format gets the same rules from ``services.exports.atomic_output``: a plan file is never
replaced, an existing file only with ``--force``, the file is private (0600) and appears whole
or not at all.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..domain.plan import Plan
from ..domain.text import translate
from ..domain.versions import VersionInfo
from ..services import exports
from ..services.session import PlanSession
from .output import complain, say, show, tell
from .shared import (
    EXIT_OK,
    EXIT_USAGE,
    UsageError,
    add_language_option,
    add_passphrase_options,
    command_path,
    open_plan,
)

# The highest version number ``--version`` accepts (a plan has a handful).
MAX_VERSION = 1_000_000


@dataclass(frozen=True)
class ExportRequest:
    """One export: the open plan, the command line, where to write and whether to replace."""

    session: PlanSession
    args: argparse.Namespace
    out: Path
    overwrite: bool

    @property
    def shown(self) -> str:
        """The output's name, safe to print."""
        return show(self.out)

    def chosen(self) -> tuple[Plan, VersionInfo]:
        """The version asked for with ``--version`` (default: the current one)."""
        number = getattr(self.args, "version", None)
        if number is None:
            return self.session.plan, self.session.version
        versions = self.session.versions()
        for info in versions:
            if info.number == number:
                return self.session.version_plan(number), info
        known = ", ".join(str(info.number) for info in versions) or "none"
        raise UsageError(
            translate(
                "Cli", "This plan has no version {number}. Its versions are: {known}."
            ).format(number=number, known=known)
        )


Writer = Callable[[ExportRequest], str]


@dataclass(frozen=True)
class ExportFormat:
    """A format ``export`` can write: its name, its help, and the function that writes it."""

    name: str
    help: str
    write: Writer
    # False for formats that are not about one version of the plan (``--version`` refused)
    versions: bool = True


# Every format, in the order ``--help`` lists them; the first is the default.
FORMATS: dict[str, ExportFormat] = {}


def export_format(name: str, help: str, *, versions: bool = True) -> Callable[[Writer], Writer]:
    """Register ``write`` as the export format ``name``."""

    def add(write: Writer) -> Writer:
        FORMATS[name] = ExportFormat(name, help, write, versions)
        return write

    return add


@export_format("json", "the whole plan and its spending records as interchange JSON (the default)")
def _json(request: ExportRequest) -> str:
    from ..services.records_io import export_document_json

    request.chosen()  # the version asked for exists
    fingerprint = export_document_json(
        request.session,
        request.out,
        version=getattr(request.args, "version", None),
        with_attachments=bool(getattr(request.args, "with_attachments", False)),
        overwrite=request.overwrite,
    )
    return translate(
        "Cli", "Exported the plan as JSON to {name} (fingerprint {fingerprint})."
    ).format(name=request.shown, fingerprint=fingerprint)


@export_format("pdf", "the plan as a PDF, ready for signatures")
def _pdf(request: ExportRequest) -> str:
    plan, version = request.chosen()
    exports.export_plan_pdf(
        plan,
        version,
        request.out,
        large_print=bool(getattr(request.args, "large_print", False)),
        overwrite=request.overwrite,
    )
    return translate("Cli", "Wrote {version} of the plan to {name}.").format(
        version=version.label, name=request.shown
    )


@export_format("fhir", "the plan as a FHIR R4 bundle (docs/fhir.md)")
def _fhir(request: ExportRequest) -> str:
    from ..services.fhir_export import export_plan_fhir
    from ..services.reviews import fhir_statuses

    plan, version = request.chosen()
    export_plan_fhir(
        plan,
        version,
        request.out,
        latest_reviews=fhir_statuses(request.session),
        overwrite=request.overwrite,
    )
    return translate("Cli", "Wrote {version} of the plan as FHIR R4 to {name}.").format(
        version=version.label, name=request.shown
    )


@export_format(
    "recovery-sheet", "a sheet to keep safe: where the plan is, how to open it", versions=False
)
def _recovery_sheet(request: ExportRequest) -> str:
    session = request.session
    name = session.plan.person.name.strip() or session.path.stem
    passphrase = None
    if getattr(request.args, "include_passphrase", False):
        # the passphrase this command was given (already read once: not asked again)
        passphrase = request.args.passphrases.existing(request.args, session.path)
    exports.export_recovery_sheet(
        name, str(session.path.resolve()), request.out, passphrase=passphrase,
        overwrite=request.overwrite,
    )  # fmt: skip
    return translate("Cli", "Wrote the recovery sheet to {name}. Keep it somewhere safe.").format(
        name=request.shown
    )


def _check_options(args: argparse.Namespace, chosen: ExportFormat) -> None:
    if args.large_print and chosen.name != "pdf":
        raise UsageError(translate("Cli", "--large-print goes with --format pdf."))
    if args.language and chosen.name not in {"pdf", "recovery-sheet"}:
        raise UsageError(translate("Cli", "--language goes with --format pdf or recovery-sheet."))
    if args.with_attachments and chosen.name != "json":
        raise UsageError(translate("Cli", "--with-attachments goes with --format json."))
    if args.include_passphrase and chosen.name != "recovery-sheet":
        raise UsageError(
            translate("Cli", "--include-passphrase goes with --format recovery-sheet.")
        )
    if args.version is not None and not chosen.versions:
        raise UsageError(
            translate("Cli", "--version does not go with --format {format}.").format(
                format=chosen.name
            )
        )


def run_export(args: argparse.Namespace) -> int:
    chosen = FORMATS[args.format]
    _check_options(args, chosen)
    out = command_path(args.output, translate("Cli", "output"))
    try:
        exports.check_output(out, overwrite=args.force)  # before asking for a passphrase
        with open_plan(args, args.file) as session:
            message = chosen.write(ExportRequest(session, args, out, args.force))
    except exports.OutputExistsError as exc:
        complain(
            exc.message + " " + translate("Cli", "Add --force to replace it (never a plan file).")
        )
        return exc.exit_code
    except ImportError as exc:
        if not (exc.name or "").startswith(("reportlab", "phbplanner.reports")):
            raise
        complain(
            translate(
                "Cli",
                "this copy of PHB Planner cannot make {format} files (the report module is "
                "missing).",
            ).format(format=chosen.name.upper() if chosen.name == "pdf" else chosen.name)
        )
        return EXIT_USAGE
    if chosen.name == "json":
        say(message)
    else:
        tell(message)
    return EXIT_OK


def _version_number(text: str) -> int:
    """``--version N``: a whole number from 1 (never a 4,000-digit one)."""
    if (
        not (text.isascii() and text.isdigit())
        or len(text) > 7
        or not 1 <= int(text) <= MAX_VERSION
    ):
        raise argparse.ArgumentTypeError(
            translate("Cli", "a version is a whole number from 1 to {most}").format(
                most=f"{MAX_VERSION:,}"
            )
        )
    return int(text)


def register(sub: Any) -> None:
    """Add ``export``."""
    export = sub.add_parser("export", help="export the plan (JSON, PDF or recovery sheet)")
    export.add_argument("file", metavar="FILE")
    formats = ", ".join(f"{fmt.name}: {fmt.help}" for fmt in FORMATS.values())
    export.add_argument(
        "--format", choices=tuple(FORMATS), default=next(iter(FORMATS)), help=formats
    )
    export.add_argument("--output", required=True, metavar="OUT")
    export.add_argument(
        "--force",
        action="store_true",
        help="replace OUT if it exists (a plan file is never replaced)",
    )
    export.add_argument(
        "--version", type=_version_number, metavar="N", help="an earlier version's number"
    )
    export.add_argument("--large-print", action="store_true", help="PDF in large print")
    export.add_argument(
        "--with-attachments",
        action="store_true",
        help="JSON: carry the receipts' and other documents' contents too (base64)",
    )
    export.add_argument(
        "--include-passphrase",
        action="store_true",
        help="print the passphrase on the recovery sheet",
    )
    add_language_option(export)
    add_passphrase_options(export)
    export.set_defaults(run=run_export)
