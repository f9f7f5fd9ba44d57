"""Loading translations: ours and Qt's own, and the domain's translation hook."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..domain.text import set_translator
from ..paths import translations_dir

LANGUAGES = {"": "System default", "en": "English", "cy": "Cymraeg"}

_installed: list[QTranslator] = []
_current = ["en"]  # the language installed now: "en" or "cy"


def _qt_translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def install_translations(app: QCoreApplication, code: str) -> str:
    """Install translators for ``code`` (``""``: the system's language); return the one used."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    # by name, not QLocale.Language: building that enum costs startup time
    locale_name = code or QLocale.system().name()
    name = "cy" if locale_name.startswith("cy") else "en"
    ours = QTranslator(app)
    if ours.load(f"phbplanner_{name}", str(translations_dir())):
        app.installTranslator(ours)
        _installed.append(ours)
    qt_base = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_base.load(QLocale(name), "qtbase", "_", qt_dir):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    set_translator(_qt_translate)
    _current[0] = name
    return name


def current_language() -> str:
    """The language the window speaks now: ``"en"`` or ``"cy"``."""
    return _current[0]
