"""How the window looks: Fusion, a tuned light/dark palette, one accent colour, the text size.

The accent (NHS-like blue) has at least 4.5:1 contrast against the window background in both
palettes. When the system asks for more contrast, the palette turns to black on white (or white
on black) with a yellow focus ring.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from ..paths import resource

BASE_POINT_SIZE = 11.5
SCALES = (80, 90, 100, 110, 125, 150, 175, 200)

LIGHT = {
    "window": "#f4f6f8",
    "base": "#ffffff",
    "alt": "#eef1f4",
    "text": "#1d2329",
    "muted": "#4a5560",  # 7.4:1 on window
    "accent": "#005eb8",  # 6.3:1 on window, 6.7:1 on white
    "accent_text": "#ffffff",
    "button": "#e7ebef",
    "border": "#7a8591",
    "focus": "#005eb8",
    "error": "#a4000f",  # 7.7:1 on white
    "ok": "#1e6b2d",
}
DARK = {
    "window": "#1f2327",
    "base": "#15181b",
    "alt": "#262b30",
    "text": "#eef1f4",
    "muted": "#b7c0c8",
    "accent": "#7cb8ff",  # 8.1:1 on window
    "accent_text": "#0b1b2e",
    "button": "#2e343a",
    "border": "#8d98a3",
    "focus": "#7cb8ff",
    "error": "#ff9b9b",
    "ok": "#8fd49c",
}
HIGH_CONTRAST_LIGHT = {
    **LIGHT,
    "window": "#ffffff",
    "base": "#ffffff",
    "alt": "#ffffff",
    "text": "#000000",
    "muted": "#000000",
    "accent": "#00307a",
    "button": "#ffffff",
    "border": "#000000",
    "focus": "#000000",
}
HIGH_CONTRAST_DARK = {
    **DARK,
    "window": "#000000",
    "base": "#000000",
    "alt": "#000000",
    "text": "#ffffff",
    "muted": "#ffffff",
    "accent": "#ffff00",
    "accent_text": "#000000",
    "button": "#000000",
    "border": "#ffffff",
    "focus": "#ffff00",
}

_colours: dict[str, str] = dict(LIGHT)


def colours() -> dict[str, str]:
    """The colours in use now (for widgets that paint themselves)."""
    return _colours


_choice: tuple[bool, bool] | None = None  # (dark, high contrast) in use


def _system_choice(*, exact: bool) -> tuple[bool, bool]:
    """(dark, high contrast) as the system asks.

    ``exact=False`` reads only the platform palette's lightness: asking Qt's style hints builds
    PySide's whole ``Qt`` namespace of enums (~25 ms), so the first window uses the palette and
    :func:`refine_theme` checks the style hints just after it has shown.
    """
    if not exact:
        window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
        return window.lightness() < 128, False
    from PySide6.QtCore import Qt

    hints = QGuiApplication.styleHints()
    dark = hints.colorScheme() == Qt.ColorScheme.Dark
    try:
        contrast = hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast
    except AttributeError:  # an older Qt
        contrast = False
    return dark, contrast


def palette_for(c: dict[str, str]) -> QPalette:
    """A QPalette from a colour table."""
    pal = QPalette()
    role = QPalette.ColorRole

    def put(r: QPalette.ColorRole, name: str) -> None:
        pal.setColor(r, QColor(c[name]))

    put(role.Window, "window")
    put(role.WindowText, "text")
    put(role.Base, "base")
    put(role.AlternateBase, "alt")
    put(role.Text, "text")
    put(role.Button, "button")
    put(role.ButtonText, "text")
    put(role.ToolTipBase, "base")
    put(role.ToolTipText, "text")
    put(role.PlaceholderText, "muted")
    put(role.Highlight, "accent")
    put(role.HighlightedText, "accent_text")
    put(role.Link, "accent")
    put(role.BrightText, "error")
    put(role.Mid, "border")
    put(role.Dark, "border")
    for r in (role.WindowText, role.Text, role.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, r, QColor(c["muted"]))
    return pal


def style_sheet(c: dict[str, str], scale: int) -> str:
    """Spacing, focus rings and heading sizes; sizes follow the text scale."""
    pt = BASE_POINT_SIZE * scale / 100
    light_tick = QColor(c["accent_text"]).lightness() > 128
    tick = resource("icons", "tick-white.svg" if light_tick else "tick-black.svg").as_posix()
    return f"""
    QLabel[role="title"] {{ font-size: {pt * 1.75:.1f}pt; font-weight: 600; }}
    QLabel[role="heading"] {{ font-size: {pt * 1.45:.1f}pt; font-weight: 600; }}
    QLabel[role="subheading"] {{ font-size: {pt * 1.15:.1f}pt; font-weight: 600; }}
    QLabel[role="example"] {{ color: {c["muted"]}; }}
    QLabel[role="error"] {{ color: {c["error"]}; font-weight: 600; }}
    QLabel[role="note"] {{ color: {c["muted"]}; }}
    QLineEdit, QPlainTextEdit, QComboBox, QSpinBox, QListView, QTableView, QTreeView {{
        border: 1px solid {c["border"]}; border-radius: 4px; padding: 4px;
        background: {c["base"]}; color: {c["text"]};
        selection-background-color: {c["accent"]}; selection-color: {c["accent_text"]};
    }}
    QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QSpinBox:focus,
    QListView:focus, QTableView:focus, QGraphicsView:focus, QCheckBox:focus {{
        border: 3px solid {c["focus"]}; padding: 2px;
    }}
    QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"] {{
        border: 2px solid {c["error"]}; padding: 3px;
    }}
    QPushButton {{
        min-height: 28px; padding: 4px 14px; border: 1px solid {c["border"]};
        border-radius: 5px; background: {c["button"]}; color: {c["text"]};
    }}
    QPushButton:focus {{ border: 3px solid {c["focus"]}; padding: 2px 12px; }}
    QPushButton:disabled {{ color: {c["muted"]}; border-style: dashed; }}
    QPushButton[role="primary"] {{
        background: {c["accent"]}; color: {c["accent_text"]}; font-weight: 600;
    }}
    QPushButton[role="primary"]:focus {{ border: 3px solid {c["text"]}; }}
    QPushButton[role="primary"]:disabled {{
        background: {c["button"]}; color: {c["muted"]}; font-weight: normal;
        border-style: dashed;
    }}
    QCheckBox {{ spacing: 8px; min-height: 28px; }}
    QCheckBox::indicator, QListView::indicator {{
        width: 18px; height: 18px; border: 2px solid {c["border"]}; border-radius: 4px;
        background: {c["base"]};
    }}
    QCheckBox::indicator:checked, QListView::indicator:checked {{
        background: {c["accent"]}; border-color: {c["accent"]}; image: url({tick});
    }}
    QCheckBox::indicator:disabled {{ border-style: dashed; }}
    QListView#steps::item {{ padding: 6px 4px; min-height: 28px; }}
    QStatusBar QLabel {{ padding: 2px 8px; }}
    """


def apply_theme(app: QApplication, scale: int) -> None:
    """Fusion, the palette the system asks for, and the text size ``scale`` percent."""
    global _colours, _choice
    if app.style().name().lower() != "fusion":  # often already is: making it again costs ~5 ms
        app.setStyle("Fusion")
    if _choice is None:
        _choice = _system_choice(exact=False)
    dark, contrast = _choice
    if contrast:
        table = HIGH_CONTRAST_DARK if dark else HIGH_CONTRAST_LIGHT
    else:
        table = DARK if dark else LIGHT
    _colours = dict(table)
    app.setPalette(palette_for(table))
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * scale / 100)
    app.setFont(font)
    app.setStyleSheet(style_sheet(table, scale))


def refine_theme(app: QApplication, scale: int) -> bool:
    """Ask the system exactly for dark / high contrast; re-apply if it differs. ``True`` if so."""
    global _choice
    wanted = _system_choice(exact=True)
    if wanted == _choice:
        return False
    _choice = wanted
    apply_theme(app, scale)
    return True


def next_scale(current: int, step: int) -> int:
    """The text size one step larger (``step`` 1) or smaller (-1) than ``current``."""
    if step > 0:
        bigger = [s for s in SCALES if s > current]
        return bigger[0] if bigger else SCALES[-1]
    smaller = [s for s in SCALES if s < current]
    return smaller[-1] if smaller else SCALES[0]
