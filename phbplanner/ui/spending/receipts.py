"""Receipts, invoices, timesheets and payslips kept with an entry, inside the encrypted file.

Attach by the file dialog or by dropping files on the panel (or on a row of the register); the
kind is chosen first. The document is previewed in the window from memory (an image, or the
first page of a PDF); a copy can be saved where the person chooses; it can be removed (undo puts
it back). A file that cannot be kept — too big, not a picture or a PDF, empty, a folder,
unreadable — gets a plain message here and nothing is saved.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QImage,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...domain.documents import (
    DocumentError,
    DocumentKind,
    check_document,
    document_kind_label,
    short_name,
)
from ...domain.errors import PHBError
from ...domain.ledger import Entry
from ...domain.schedule import format_date
from ...domain.text import translate
from ...services.ledger import read_document
from ..filedialogs import ask_open_path, ask_save_path
from ..flow import FlowLayout
from ..stacking import wrap_items
from ..theme import set_role
from .commands import AttachDocuments, RemoveDocument, money_words
from .feed import SpendingFeed
from .preview import preview
from .register_table import dropped_files

FILTERS = "{documents} (*.jpg *.jpeg *.png *.gif *.tif *.tiff *.bmp *.webp *.pdf);;{all} (*)"


def size_words(size: int) -> str:
    """“212 KB”, “2.4 MB”."""
    if size >= 1024 * 1024:
        return translate("Receipts", "{size} MB").format(size=f"{size / 1024 / 1024:.1f}")
    return translate("Receipts", "{size} KB").format(size=f"{max(1, round(size / 1024)):,}")


def kind_words(kind: str) -> str:
    try:
        return document_kind_label(DocumentKind(kind))
    except ValueError:
        return document_kind_label(DocumentKind.OTHER)


class ReceiptsPanel(QFrame):
    """The documents of one entry: list, preview, attach, save a copy, remove."""

    #: a message for the status bar ("Kept receipt.jpg with the entry of …")
    said = Signal(str)

    def __init__(self, feed: SpendingFeed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.feed = feed
        self.entry_id: int | None = None
        self.entry: Entry | None = None
        self.setObjectName("receipts")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAcceptDrops(True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # at large text sizes the panel scrolls rather than squeezing its words together
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its contents take the focus
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(scroll)
        body = QWidget(scroll)
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        heading = QLabel(translate("Receipts", "Receipts"), body)
        set_role(heading, "subheading")
        layout.addWidget(heading)
        self.about = QLabel(body)
        self.about.setWordWrap(True)
        layout.addWidget(self.about)
        # what to keep, then keep it: the kind first, so a drop uses it too
        actions = QWidget(body)
        buttons = FlowLayout(actions, spacing=6)
        self.kind_label = QLabel(translate("Receipts", "&Kind"), actions)
        self.kind = QComboBox(actions)
        for kind in DocumentKind:
            self.kind.addItem(document_kind_label(kind))
        self.kind.setAccessibleName(translate("Receipts", "Kind of document"))
        self.kind_label.setBuddy(self.kind)
        self.kind_label.setMinimumHeight(self.kind.sizeHint().height())
        self.attach_button = QPushButton(translate("Receipts", "Attach a file…"), actions)
        self.export_button = QPushButton(translate("Receipts", "Save a copy…"), actions)
        self.remove_button = QPushButton(translate("Receipts", "Remove document"), actions)
        self.details_button = QPushButton(translate("Receipts", "Payslip details…"), actions)
        self.details_button.setToolTip(
            translate("Receipts", "Type in the net pay, the pay period, and what is due to HMRC")
        )
        for widget in (self.kind_label, self.kind, self.attach_button, self.export_button,
                       self.remove_button, self.details_button):  # fmt: skip
            buttons.addWidget(widget)
        layout.addWidget(actions)
        self.list = QListWidget(body)
        self.list.setAccessibleName(translate("Receipts", "Documents kept with this entry"))
        self.list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        wrap_items(self.list)  # a long file name wraps (at its - and _), never cut short
        layout.addWidget(self.list)
        self.preview = QLabel(body)
        self.preview.setObjectName("preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setWordWrap(True)
        self.preview.setFrameShape(QFrame.Shape.Box)
        # the picture follows the room there is, never the other way round
        self.preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        layout.addWidget(self.preview, 1)
        self.hint = translate(
            "Receipts", "You can also drag a photo or a PDF onto an entry, or here."
        )
        self.setToolTip(self.hint)
        self.attach_button.setAccessibleDescription(self.hint)
        self.problem = QLabel(body)
        self.problem.setObjectName("receipt_problem")
        self.problem.setWordWrap(True)
        self.problem.setProperty("role", "error")
        self.problem.hide()
        layout.addWidget(self.problem)
        self.attach_button.clicked.connect(self.choose_files)
        self.export_button.clicked.connect(self.export_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.details_button.clicked.connect(self.edit_payslip)
        self.list.currentRowChanged.connect(self._show_preview)
        self.list.currentRowChanged.connect(lambda _row: self._details_usable())
        feed.records_changed.connect(self.reload)
        self._ids: list[int] = []
        self._mimes: list[str] = []
        self._names: list[str] = []
        #: the picture of the document shown (in memory only)
        self.image: QImage | None = None
        self.fit()
        self.set_entry(None)

    # -- which entry ------------------------------------------------------------------------------
    def set_entry(self, entry_id: int | None) -> None:
        """Show the documents of ``entry_id`` (None: no entry chosen)."""
        if entry_id != self.entry_id:
            self.problem.hide()
        self.entry_id = entry_id
        self.reload()

    def reload(self) -> None:
        if not self.feed.open:
            return
        self.entry = None
        if self.entry_id is not None:
            try:
                self.entry = self.feed.ledger.entry(self.entry_id)
            except PHBError:
                self.entry_id = None
        keep = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        self._ids, self._mimes, self._names = [], [], []
        self._kinds: list[str] = []
        self._details: list[str] = []
        if self.entry is None:
            self.about.setText(translate("Receipts", "Choose an entry to see its documents."))
        else:
            self.about.setText(
                translate("Receipts", "For the entry of {date}: {money}.").format(
                    date=format_date(self.entry.date), money=money_words(self.entry)
                )
            )
            assert self.entry_id is not None
            for info in self.feed.ledger.documents(self.entry_id):
                item = QListWidgetItem(
                    translate("Receipts", "{kind}: {name}").format(
                        kind=kind_words(info.kind), name=info.filename
                    )
                )
                described = translate("Receipts", "{kind}: {name} ({size})").format(
                    kind=kind_words(info.kind), name=info.filename, size=size_words(info.size)
                )
                item.setToolTip(described)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, described)
                self.list.addItem(item)
                self._ids.append(info.id)
                self._mimes.append(info.mime)
                self._names.append(info.filename)
                self._kinds.append(info.kind)
                self._details.append(info.details)
            if not self._ids:
                self.list.addItem(translate("Receipts", "Nothing kept yet."))
        self.list.blockSignals(False)
        self._fit_list()
        if self._ids:
            self.list.setCurrentRow(min(max(keep, 0), len(self._ids) - 1))
        self._show_preview()
        editable = self.entry is not None and not self.feed.read_only
        self.attach_button.setEnabled(editable)
        self.kind.setEnabled(editable)
        self.export_button.setEnabled(bool(self._ids))
        self.remove_button.setEnabled(bool(self._ids) and editable)
        self._details_usable()

    def _details_usable(self) -> None:
        row = self.list.currentRow()
        payslip = 0 <= row < len(self._kinds) and self._kinds[row] == DocumentKind.PAYSLIP.value
        self.details_button.setVisible(payslip)
        self.details_button.setEnabled(payslip and not self.feed.read_only)

    def edit_payslip(self) -> None:
        """Type in what the selected payslip says (one undo step)."""
        from .payslip_dialog import PayslipDialog

        row = self.list.currentRow()
        if not 0 <= row < len(self._ids) or self._kinds[row] != DocumentKind.PAYSLIP.value:
            return
        dialog = PayslipDialog(self.feed, self._ids[row], self._names[row], self._details[row],
                               self.window())  # fmt: skip
        try:
            if dialog.exec() == PayslipDialog.DialogCode.Accepted:
                self.said.emit(translate("Receipts", "The payslip's details are kept."))
        finally:
            dialog.deleteLater()

    def selected_document(self) -> int | None:
        row = self.list.currentRow()
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def fit(self) -> None:
        """Sizes for the text size now: a short list, and room for the preview."""
        line = self.fontMetrics().height()
        self._fit_list()
        self.preview.setMinimumHeight(line * 4)

    def _fit_list(self) -> None:
        """As tall as the documents' names (wrapped), from two lines up to six."""
        line = self.fontMetrics().height()
        self.list.doItemsLayout()
        rows = sum(self.list.sizeHintForRow(row) for row in range(self.list.count()))
        self.list.setFixedHeight(max(line * 2, min(rows, line * 6)) + 14)

    # -- the preview ------------------------------------------------------------------------------
    #: the size a document is drawn at, then scaled to the room in the panel
    DRAWN = QSize(900, 1200)

    def _fit_picture(self) -> None:
        if self.image is None:
            return
        room = self.preview.size() - QSize(8, 8)
        if room.width() < 16 or room.height() < 16:
            return
        self.preview.setPixmap(
            QPixmap.fromImage(
                self.image.scaled(
                    room,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_list()  # names wrap differently at another width
        self._fit_picture()

    def _show_preview(self, *_: object) -> None:
        self.preview.clear()
        self.image = None
        row = self.list.currentRow()
        if not 0 <= row < len(self._ids):
            self.preview.setText(
                self.hint if self.entry is not None else translate("Receipts", "No document.")
            )
            self.preview.setAccessibleName(self.preview.text())
            return
        try:
            data = self.feed.ledger.document_bytes(self._ids[row])
        except PHBError as exc:
            self.preview.setText(exc.message)
            return
        image = preview(data, self._mimes[row], self.DRAWN)
        del data
        self.image = image
        if image is None:
            self.preview.setText(
                translate("Receipts", "{name} cannot be shown here. Save a copy to open it.")
                .format(name=self._names[row])
            )  # fmt: skip
        else:
            self._fit_picture()
        self.preview.setAccessibleName(
            translate("Receipts", "Preview of {name}").format(name=self._names[row])
        )

    # -- attaching ---------------------------------------------------------------------------------
    def chosen_kind(self) -> DocumentKind:
        return list(DocumentKind)[max(self.kind.currentIndex(), 0)]

    def choose_files(self) -> None:
        """Ask for a file and keep it with the entry shown."""
        if self.entry_id is None:
            return
        filters = FILTERS.format(
            documents=translate("Receipts", "Photos and PDF files"),
            all=translate("Receipts", "All files"),
        )
        path = ask_open_path(
            self, translate("Receipts", "Choose a receipt or document"), str(Path.home()), filters
        )
        if path:
            self.attach_paths(self.entry_id, [Path(path)])

    def attach_paths(self, entry_id: int, paths: Sequence[Path]) -> bool:
        """Keep the files at ``paths`` with an entry — all of them, or none with the reason."""
        files: list[tuple[str, bytes]] = []
        try:
            for path in paths:
                data = read_document(path)
                check_document(path.name, data)
                files.append((path.name, data))
        except DocumentError as exc:
            self._problem(exc.message + " " + translate("Receipts", "Nothing was kept."))
            return False
        if not files:
            return False
        self.problem.hide()
        command = AttachDocuments(self.feed, entry_id, files, self.chosen_kind())
        if not self.feed.controller.push(command):
            return False
        if entry_id != self.entry_id:
            self.set_entry(entry_id)
        self.said.emit(
            translate("Receipts", "Kept {name} with the entry.").format(
                name=", ".join(short_name(name, 40) for name, _ in files)
            )
        )
        return True

    def _problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()
        self.said.emit(message)

    # -- saving a copy and removing ----------------------------------------------------------------
    def export_selected(self) -> None:
        """Save a copy of the selected document where the person chooses."""
        attachment_id = self.selected_document()
        if attachment_id is None:
            return
        name = self._names[self.list.currentRow()]
        folder = Path(str(self.feed.session.path)).parent
        target = ask_save_path(
            self, translate("Receipts", "Save a copy of the document"), str(folder / name),
            FILTERS.format(documents=translate("Receipts", "Photos and PDF files"),
                           all=translate("Receipts", "All files")),
        )  # fmt: skip
        if not target:
            return
        try:
            # Qt's own save dialog has already asked before replacing a file
            saved = self.feed.ledger.export_document(attachment_id, Path(target), overwrite=True)
        except PHBError as exc:
            self._problem(exc.message)
            return
        self.problem.hide()
        self.said.emit(translate("Receipts", "Saved a copy as {path}.").format(path=str(saved)))

    def remove_selected(self) -> None:
        """Take the selected document off the entry (Ctrl+Z puts it back)."""
        attachment_id = self.selected_document()
        if attachment_id is None or self.entry_id is None:
            return
        try:
            command = RemoveDocument(self.feed, self.entry_id, attachment_id)
        except PHBError as exc:
            self._problem(exc.message)
            return
        if self.feed.controller.push(command):
            self.said.emit(
                translate("Receipts", "Removed {name}. Ctrl+Z puts it back.").format(
                    name=command.name
                )
            )

    # -- dropping ---------------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.entry_id is not None and dropped_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.entry_id is not None and dropped_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = dropped_files(event.mimeData())
        if self.entry_id is None or not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.attach_paths(self.entry_id, files)
