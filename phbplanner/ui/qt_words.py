"""Qt's own words (standard buttons, the text fields' right-click menu, Qt's file dialog) in Welsh.

Qt ships no Welsh (there is no ``qtbase_cy.qm``), so the texts Qt writes itself would stay English
in a Welsh window. Qt looks each of them up with ``QCoreApplication.translate(<Qt context>,
<English>)``, and every installed translator is asked — ours (``phbplanner_cy.qm``, installed by
:mod:`phbplanner.ui.i18n`) too. So our .ts files hold those (context, source) pairs, and Qt's
buttons and menus speak Welsh with the rest of the window.

pyside6-lupdate collects ``translate("Context", "text")`` calls; :func:`_qt_words` exists only so
that it finds these. It is never called: Qt asks for the words itself. Each pair is exactly what
Qt 6 asks for (checked against the Qt libraries with a translator that logs every lookup, and
against Qt's source); the contexts are Qt's class names, not ours. Shortcut key names ("Ctrl",
"Alt+Left") are left out: they are the same in Welsh.
"""

from __future__ import annotations

from ..domain.text import translate


def _qt_words() -> None:  # pragma: no cover - read by pyside6-lupdate, never run
    """Every Qt text the program can show, for pyside6-lupdate (see the module's docstring)."""
    # Standard buttons (QDialogButtonBox, QMessageBox): QPlatformTheme::defaultStandardButtonText
    translate("QPlatformTheme", "OK")
    translate("QPlatformTheme", "Save")
    translate("QPlatformTheme", "Save All")
    translate("QPlatformTheme", "Open")
    translate("QPlatformTheme", "&Yes")
    translate("QPlatformTheme", "Yes to &All")
    translate("QPlatformTheme", "&No")
    translate("QPlatformTheme", "N&o to All")
    translate("QPlatformTheme", "Abort")
    translate("QPlatformTheme", "Retry")
    translate("QPlatformTheme", "Ignore")
    translate("QPlatformTheme", "Close")
    translate("QPlatformTheme", "Cancel")
    translate("QPlatformTheme", "Discard")
    translate("QPlatformTheme", "Help")
    translate("QPlatformTheme", "Apply")
    translate("QPlatformTheme", "Reset")
    translate("QPlatformTheme", "Restore Defaults")
    # …on a GNOME desktop (QGnomeTheme::standardButtonText; the rest as above)
    translate("QGnomeTheme", "&OK")
    translate("QGnomeTheme", "&Save")
    translate("QGnomeTheme", "&Cancel")
    translate("QGnomeTheme", "&Close")
    translate("QGnomeTheme", "Close without Saving")
    # …on a Mac (QCocoaTheme::standardButtonText: the Discard button)
    translate("QCocoaTheme", "Don't Save")
    # A message box with details
    translate("QMessageBox", "Show Details...")
    translate("QMessageBox", "Hide Details...")
    # The right-click menu of a one-line text field (QLineEdit::createStandardContextMenu)
    translate("QLineEdit", "&Undo")
    translate("QLineEdit", "&Redo")
    translate("QLineEdit", "Cu&t")
    translate("QLineEdit", "&Copy")
    translate("QLineEdit", "&Paste")
    translate("QLineEdit", "Delete")
    translate("QLineEdit", "Select All")
    # …and of a text box (QTextEdit, QPlainTextEdit, a label whose text can be selected)
    translate("QWidgetTextControl", "&Undo")
    translate("QWidgetTextControl", "&Redo")
    translate("QWidgetTextControl", "Cu&t")
    translate("QWidgetTextControl", "&Copy")
    translate("QWidgetTextControl", "&Paste")
    translate("QWidgetTextControl", "Delete")
    translate("QWidgetTextControl", "Select All")
    # Qt's own file dialog (ui/filedialogs.py never uses the system's)
    translate("QFileDialog", "&Look in:")
    translate("QFileDialog", "File &name:")
    translate("QFileDialog", "Files of &type:")
    translate("QFileDialog", "&Open")
    translate("QFileDialog", "&Save")
    translate("QFileDialog", "All Files (*)")
    translate("QFileDialog", "Back")
    translate("QFileDialog", "Go back")
    translate("QFileDialog", "Forward")
    translate("QFileDialog", "Go forward")
    translate("QFileDialog", "Parent Directory")
    translate("QFileDialog", "Go to the parent directory")
    translate("QFileDialog", "Create New Folder")
    translate("QFileDialog", "Create a New Folder")
    translate("QFileDialog", "New Folder")
    translate("QFileDialog", "&New Folder")
    translate("QFileDialog", "List View")
    translate("QFileDialog", "Change to list view mode")
    translate("QFileDialog", "Detail View")
    translate("QFileDialog", "Change to detail view mode")
    translate("QFileDialog", "Sidebar")
    translate("QFileDialog", "List of places and bookmarks")
    translate("QFileDialog", "Files")
    translate("QFileDialog", "Recent Places")
    translate("QFileDialog", "&Rename")
    translate("QFileDialog", "&Delete")
    translate("QFileDialog", "Show &hidden files")
    translate("QFileDialog", "Show ")  # before a column's name, in the header's right-click menu
    translate("QFileDialog", "%1 already exists.\nDo you want to replace it?")
    translate("QFileDialog", "%1\nFile not found.\nPlease verify the correct file name was given.")
    translate(
        "QFileDialog",
        "%1\nDirectory not found.\nPlease verify the correct directory name was given.",
    )
    translate("QFileDialog", "'%1' is write protected.\nDo you want to delete it anyway?")
    translate("QFileDialog", "Are you sure you want to delete '%1'?")
    translate("QFileDialog", "Could not delete directory.")
    # The file dialog's list (QFileSystemModel, QAbstractFileIconProvider)
    translate("QFileSystemModel", "Name")
    translate("QFileSystemModel", "Size")
    translate("QFileSystemModel", "Type")
    translate("QFileSystemModel", "Kind")  # macOS
    translate("QFileSystemModel", "Date Modified")
    translate("QFileSystemModel", "Computer")
    translate("QFileSystemModel", "My Computer")  # Windows
    translate("QAbstractFileIconProvider", "Drive")
    translate("QAbstractFileIconProvider", "Folder")
    translate("QAbstractFileIconProvider", "File Folder")  # Windows
    translate("QAbstractFileIconProvider", "Shortcut")
    translate("QAbstractFileIconProvider", "Alias")  # macOS
    translate("QAbstractFileIconProvider", "Unknown")
