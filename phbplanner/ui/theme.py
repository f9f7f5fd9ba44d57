"""How the window looks: Fusion, a tuned light/dark palette, one accent colour, the text size.

The accent (NHS-like blue) has at least 4.5:1 contrast against the window background in both
palettes. When the system asks for more contrast, the palette turns to black on white (or white
on black) with a yellow focus ring.

The text size is the application font and nothing else: the style sheet holds no sizes, fonts
propagate to every widget as they would without a style sheet
(``AA_UseStyleSheetPropagationInWidgetStyles``), and headings (``set_role``) get their larger
sizes as fonts. So a text-size step is one font change — no style sheet is parsed again and no
widget is re-polished (that took about half a second per step on the example plan).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

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
_scale = 100  # the text size in use, percent

#: Labels whose text is larger than the rest, and how much larger.
ROLE_SIZES = {"title": 1.75, "heading": 1.45, "subheading": 1.15}


def text_scale() -> int:
    """The text size in use, in percent."""
    return _scale


def role_font(widget: QWidget, role: str) -> QFont:
    """The font for a label of ``role`` (title, heading, subheading) at the current size."""
    font = QFont(widget.font())
    font.setPointSizeF(BASE_POINT_SIZE * _scale / 100 * ROLE_SIZES[role])
    font.setWeight(QFont.Weight.DemiBold)
    return font


def set_role(widget: QWidget, role: str) -> None:
    """Give ``widget`` a look from the style sheet (``role``) and, for headings, its size."""
    widget.setProperty("role", role)
    if role in ROLE_SIZES:
        widget.setFont(role_font(widget, role))


def _resize_roles() -> None:
    for widget in QApplication.allWidgets():
        role = widget.property("role")
        if isinstance(role, str) and role in ROLE_SIZES:
            widget.setFont(role_font(widget, role))


def base_font(app: QApplication, scale: int) -> QFont:
    """The application font at ``scale`` percent."""
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * scale / 100)
    return font


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


def style_sheet(c: dict[str, str]) -> str:
    """Colours, borders, spacing and focus rings (no font sizes: see the module's description)."""
    light_tick = QColor(c["accent_text"]).lightness() > 128
    tick = resource("icons", "tick-white.svg" if light_tick else "tick-black.svg").as_posix()
    return f"""
    QLabel[role="title"], QLabel[role="heading"], QLabel[role="subheading"] {{
        font-weight: 600;
    }}
    QLabel[role="example"] {{ color: {c["muted"]}; }}
    QLabel[role="error"] {{ color: {c["error"]}; font-weight: 600; }}
    QLabel[role="note"] {{ color: {c["muted"]}; }}
    QLineEdit, QPlainTextEdit, QComboBox, QSpinBox, QListView, QTableView, QTreeView {{
        border: 1px solid {c["border"]}; border-radius: 4px; padding: 4px;
        background: {c["base"]}; color: {c["text"]};
        selection-background-color: {c["accent"]}; selection-color: {c["accent_text"]};
    }}
    QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QSpinBox:focus,
    QListView:focus, QTableView:focus, QGraphicsView:focus {{
        border: 3px solid {c["focus"]}; padding: 2px;
    }}
    QCheckBox {{ padding: 3px; }}
    QCheckBox:focus {{ border: 3px solid {c["focus"]}; padding: 0px; }}
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
    QCheckBox::indicator, QListView::indicator, QTableView::indicator {{
        width: 18px; height: 18px; border: 2px solid {c["border"]}; border-radius: 4px;
        background: {c["base"]};
    }}
    QCheckBox::indicator:checked, QListView::indicator:checked,
    QTableView::indicator:checked {{
        background: {c["accent"]}; border-color: {c["accent"]}; image: url({tick});
    }}
    QCheckBox::indicator:disabled {{ border-style: dashed; }}
    QListView#steps::item {{ padding: 6px 4px; min-height: 28px; }}
    QTabBar#workspaces {{ background: {c["window"]}; }}
    QTabBar#workspaces::tab {{
        padding: 8px 18px 6px 18px; margin: 4px 2px 0 10px; color: {c["text"]};
        background: transparent; border: none; border-bottom: 4px solid transparent;
    }}
    QTabBar#workspaces::tab:hover {{ border-bottom: 4px solid {c["border"]}; }}
    QTabBar#workspaces::tab:selected {{
        font-weight: 600; border-bottom: 4px solid {c["accent"]};
    }}
    QTabBar#workspaces:focus {{ border: 3px solid {c["focus"]}; border-radius: 4px; }}
    QFrame#budgetsummary:focus {{ border: 3px solid {c["focus"]}; border-radius: 4px; }}
    QStatusBar QLabel {{ padding: 2px 8px; }}
    """


def apply_theme(app: QApplication, scale: int) -> None:
    """Fusion, the palette the system asks for, and the text size ``scale`` percent.

    This re-polishes every widget: use it once at the start and when the colours change;
    :func:`apply_text_scale` changes only the text size, quickly.
    """
    global _colours, _choice, _scale
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_UseStyleSheetPropagationInWidgetStyles)
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
    _scale = scale
    app.setFont(base_font(app, scale))
    app.setStyleSheet(style_sheet(table))
    _resize_roles()


def apply_text_scale(app: QApplication, scale: int) -> None:
    """Change only the text size: one font change for every widget (see the module)."""
    global _scale
    if scale == _scale:
        return
    _scale = scale
    app.setFont(base_font(app, scale))
    _resize_roles()
    settle_layouts()


def settle_layouts(rounds: int = 40) -> None:
    """Lay out every shown widget again now, so the window is painted once, fully laid out.

    A font change asks each widget's parent to lay itself out again, one level of the widget
    tree per round of posted events; doing those rounds here (and not between paints) means
    the person sees one change, not a page settling level by level. A round with nothing to
    do costs microseconds; the window is far less than 40 levels deep.
    """
    # Qt posts the font change itself to each window: deliver it first.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)
    layout_request = QEvent.Type.LayoutRequest
    for _ in range(rounds):
        QCoreApplication.sendPostedEvents(None, layout_request)


def use_theme(app: QApplication, scale: int, *, dark: bool, high_contrast: bool) -> None:
    """Show the light, dark or high-contrast look whatever the system asks (screenshots, tests)."""
    global _choice
    _choice = (dark, high_contrast)
    apply_theme(app, scale)


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
