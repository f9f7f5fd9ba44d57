"""Every main dialog of the window, made on demand: for the screenshots and the tests that open
each one (at 200% text on a small screen, and as a screen reader hears it).

A dialog is registered as a key, a title (asked when needed: the language can change) and a
factory that makes the dialog — not shown — over the main window. The factories here cover the
dialogs of the plan; another module adds its own with :func:`register_dialog` (or a line in
:func:`all_dialogs`), and every test that walks the catalogue covers it from then on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..domain.text import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from .window import MainWindow


@dataclass(frozen=True)
class DialogEntry:
    """One dialog: ``factory(window)`` makes it over ``window`` (not shown yet)."""

    key: str
    title: Callable[[], str]
    factory: Callable[[MainWindow], QDialog]
    #: made only while a plan is open
    needs_plan: bool = True


_extra: list[DialogEntry] = []


def register_dialog(entry: DialogEntry) -> None:
    """Add a dialog after the built-in ones (replacing one with the same key)."""
    unregister_dialog(entry.key)
    _extra.append(entry)


def unregister_dialog(key: str) -> None:
    """Take away a dialog added with :func:`register_dialog`."""
    _extra[:] = [entry for entry in _extra if entry.key != key]


def _page(window: MainWindow, slug: str) -> Any:
    return window.journey.page(slug)


def _passphrase(window: MainWindow) -> QDialog:
    from .dialogs import PassphraseDialog

    problem = translate(
        "Catalogue", "That passphrase did not open the plan. Check it and try again."
    )
    return PassphraseDialog("my-plan.phbplan", window, problem=problem, can_remember=True)


def _add_item(slug: str, attribute: str = "list") -> Callable[[MainWindow], QDialog]:
    def make(window: MainWindow) -> QDialog:
        editor = getattr(_page(window, slug), attribute)
        return editor.open_dialog(editor.binding.new_item(window.journey.controller.plan), True)

    return make


def _change_first(slug: str) -> Callable[[MainWindow], QDialog]:
    def make(window: MainWindow) -> QDialog:
        editor = _page(window, slug).list
        return editor.open_dialog(editor.model.rows[0], False)

    return make


def _add_paid_support(window: MainWindow) -> QDialog:
    editor = _page(window, "my-support").paid
    return editor.form_dialog(editor.new_line(), adding=True)


def _support_kind(window: MainWindow) -> QDialog:
    from .costed.pa_calculator import SupportKindDialog

    return SupportKindDialog(_page(window, "my-support").paid)


def _pa_calculator(window: MainWindow) -> QDialog:
    from .costed.pa_calculator import PACalculator

    editor = _page(window, "my-support").paid
    return PACalculator(editor.feed, editor)


def _signoff(window: MainWindow) -> Any:
    return window.journey.signoff


def _record_agreement(window: MainWindow) -> QDialog:
    from .costed.agreement import RecordAgreementDialog

    return RecordAgreementDialog(_signoff(window).feed, _signoff(window))


def _fingerprint(window: MainWindow) -> QDialog:
    from .costed.agreement import FingerprintDialog

    return FingerprintDialog(_signoff(window).feed.session.version, _signoff(window))


def _versions(window: MainWindow) -> QDialog:
    from .costed.versions import VersionHistoryDialog

    return VersionHistoryDialog(_signoff(window).feed, _signoff(window))


def _export(window: MainWindow) -> QDialog:
    from .costed.export import ExportPdfDialog

    return ExportPdfDialog(_signoff(window).feed, _signoff(window))


def _why_fine(window: MainWindow) -> QDialog:
    return _page(window, "my-support").paid.details.reason_dialog("wine")


def _discard(window: MainWindow) -> QDialog:
    from .drafts import discard_box

    return discard_box(window)


def _about(window: MainWindow) -> QDialog:
    from .about_dialog import AboutDialog

    return AboutDialog(window)


def _licence(window: MainWindow) -> QDialog:
    from .about_dialog import LicenceDialog

    return LicenceDialog(window)


def _keys(window: MainWindow) -> QDialog:
    from .keys import KeysDialog

    return KeysDialog(window)


def builtin_dialogs() -> list[DialogEntry]:
    """The dialogs of the window and of the plan, in the order a person meets them."""
    return [
        DialogEntry(
            "passphrase",
            lambda: translate("Catalogue", "Open a plan (passphrase)"),
            _passphrase,
            needs_plan=False,
        ),
        DialogEntry(
            "add-person",
            lambda: translate("Catalogue", "Add a person"),
            _add_item("my-relationships"),
        ),
        DialogEntry(
            "add-outcome",
            lambda: translate("Catalogue", "Add an outcome"),
            _add_item("my-outcomes"),
        ),
        DialogEntry(
            "change-outcome",
            lambda: translate("Catalogue", "Change an outcome"),
            _change_first("my-outcomes"),
        ),
        DialogEntry(
            "paid-support-kind",
            lambda: translate("Catalogue", "What kind of paid support"),
            _support_kind,
        ),
        DialogEntry(
            "pa-calculator",
            lambda: translate("Catalogue", "A personal assistant I employ"),
            _pa_calculator,
        ),
        DialogEntry(
            "add-paid-support",
            lambda: translate("Catalogue", "Add paid support"),
            _add_paid_support,
        ),
        DialogEntry(
            "add-unpaid-support",
            lambda: translate("Catalogue", "Add unpaid support"),
            _add_item("my-support", "unpaid"),
        ),
        DialogEntry("why-fine", lambda: translate("Catalogue", "Why is this fine?"), _why_fine),
        DialogEntry("add-risk", lambda: translate("Catalogue", "Add a risk"), _add_item("risks")),
        DialogEntry(
            "add-review", lambda: translate("Catalogue", "Add a review"), _add_item("reviews")
        ),
        DialogEntry(
            "discard-changes", lambda: translate("Catalogue", "Discard your changes?"), _discard
        ),
        DialogEntry(
            "record-agreement",
            lambda: translate("Catalogue", "Record agreement"),
            _record_agreement,
        ),
        DialogEntry(
            "fingerprint",
            lambda: translate("Catalogue", "Plan version and fingerprint"),
            _fingerprint,
        ),
        DialogEntry(
            "versions", lambda: translate("Catalogue", "Versions and differences"), _versions
        ),
        DialogEntry(
            "export-pdf", lambda: translate("Catalogue", "Export the plan as a PDF"), _export
        ),
        DialogEntry("keys", lambda: translate("Catalogue", "Keys"), _keys, needs_plan=False),
        DialogEntry(
            "about", lambda: translate("Catalogue", "About PHB Planner"), _about, needs_plan=False
        ),
        DialogEntry(
            "licence", lambda: translate("Catalogue", "Licence"), _licence, needs_plan=False
        ),
    ]


def all_dialogs() -> list[DialogEntry]:
    """Every dialog: the built-in ones, then those registered by other modules."""
    found = builtin_dialogs()
    keys = {entry.key for entry in found}
    return found + [entry for entry in _extra if entry.key not in keys]
