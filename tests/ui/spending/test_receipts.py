"""Receipts kept inside the file: attached by the file dialog and by dropping files on a row or
on the panel, previewed from memory (a photo and the first page of a PDF, drawn — not blank),
saved out byte for byte, removed and put back; files that cannot be kept say why and nothing
is saved."""

from __future__ import annotations

import io
import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QImage, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from phbplanner.domain.documents import MAX_BYTES, DocumentKind
from phbplanner.ui.spending.preview import preview

from ..conftest import answer_file_dialog
from .conftest import Page, count_in_file, record


def photo_bytes(marker: bytes = b"") -> bytes:
    """A PNG photo of a receipt: white paper, dark print (and ``marker`` in a text chunk)."""
    image = QImage(240, 320, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.fillRect(20, 40, 200, 12, QColor("black"))
    painter.fillRect(20, 260, 120, 20, QColor("black"))
    painter.end()
    if marker:
        image.setText("Comment", marker.decode())
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def pdf_bytes(text: str = "Invoice from Chester Cars") -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.setFont("Helvetica-Bold", 28)
    page.drawString(72, 720, text)
    page.rect(72, 300, 400, 200, fill=1)
    page.save()
    return out.getvalue()


def is_drawn(image: QImage) -> bool:
    """Not blank: both light paper and dark print in the picture."""
    dark = light = 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            value = QColor(image.pixel(x, y)).lightness()
            dark += value < 80
            light += value > 200
    return dark > 20 and light > 20


def drop(widget: QWidget, files: list[Path], at: QPointF) -> bool:
    """Drag ``files`` over ``widget`` and drop them at ``at``, as a file manager does."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in files])
    action = Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(at.toPoint(), action, mime, buttons, keys)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    QApplication.sendEvent(widget, QDragMoveEvent(at.toPoint(), action, mime, buttons, keys))
    event = QDropEvent(at, action, mime, buttons, keys)
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


@pytest.fixture
def taxi(page: Page) -> int:
    entry_id = record(page.ledger, date(2026, 11, 3), -2200, "Chester Cars", "s5")
    page.settle()
    page.view.records.select_entry(entry_id)
    return entry_id


def test_attach_by_the_file_dialog_preview_save_a_copy_and_remove(
    page: Page, taxi: int, tmp_path: Path
) -> None:
    source = tmp_path / "taxi receipt.pdf"
    source.write_bytes(pdf_bytes())
    panel = page.view.records.receipts
    assert panel.entry_id == taxi
    panel.kind.setCurrentIndex(list(DocumentKind).index(DocumentKind.INVOICE))
    answer_file_dialog(source)
    panel.attach_button.click()
    page.settle()
    [document] = page.ledger.documents(taxi)
    assert document.kind == "invoice" and document.filename == "taxi receipt.pdf"
    assert page.ledger.document_bytes(document.id) == source.read_bytes()
    assert panel.list.count() == 1 and panel.list.item(0).text() == "Invoice: taxi receipt.pdf"
    assert panel.image is not None and is_drawn(panel.image)  # the PDF's first page, drawn
    pixmap = panel.preview.pixmap()
    assert not pixmap.isNull() and is_drawn(pixmap.toImage())
    model = page.view.records.model
    row = model.row(model.row_of(taxi) or 0)
    assert row is not None and model.cell_text(row, "receipt") == "Yes"
    # a copy where the person chooses, byte for byte
    target = tmp_path / "out" / "copy.pdf"
    target.parent.mkdir()
    answer_file_dialog(target)
    panel.export_button.click()
    assert target.read_bytes() == source.read_bytes()
    # removed, then back with Ctrl+Z
    panel.remove_button.click()
    page.settle()
    assert page.ledger.documents(taxi) == []
    assert page.window.controller is not None and page.window.controller.undo()
    page.settle()
    [back] = page.ledger.documents(taxi)
    assert page.ledger.document_bytes(back.id) == source.read_bytes()


def test_a_photo_dropped_on_a_row_is_kept_with_that_rows_entry(
    page: Page, taxi: int, tmp_path: Path
) -> None:
    other = record(page.ledger, date(2026, 11, 2), -580, "Northgate leisure centre", "s3")
    page.settle()
    photo = tmp_path / "swim.png"
    photo.write_bytes(photo_bytes())
    table = page.view.records.table
    row = page.view.records.model.row_of(other)
    assert row is not None
    rect = table.visualRect(page.view.records.model.index(row, 1))
    assert drop(table.viewport(), [photo], QPointF(rect.center()))
    page.settle()
    [document] = page.ledger.documents(other)
    assert page.ledger.document_bytes(document.id) == photo.read_bytes()
    assert page.ledger.documents(taxi) == []
    panel = page.view.records.receipts
    assert panel.entry_id == other and panel.image is not None and is_drawn(panel.image)
    # one step of undo
    assert page.window.controller is not None and page.window.controller.undo()
    assert page.ledger.documents(other) == []


def test_files_dropped_on_the_panel_are_kept_with_its_entry(
    page: Page, taxi: int, tmp_path: Path
) -> None:
    files = [tmp_path / "a.png", tmp_path / "b.pdf"]
    files[0].write_bytes(photo_bytes())
    files[1].write_bytes(pdf_bytes())
    panel = page.view.records.receipts
    assert drop(panel, files, QPointF(20, 20))
    page.settle()
    assert [d.filename for d in page.ledger.documents(taxi)] == ["a.png", "b.pdf"]
    page.window.close_plan()
    assert count_in_file(page.path) == (1, 2)


def test_preview_draws_an_image_and_a_pdf_page_from_memory() -> None:
    from PySide6.QtCore import QSize

    size = QSize(300, 400)
    image = preview(photo_bytes(), "image/png", size)
    page = preview(pdf_bytes(), "application/pdf", size)
    assert image is not None and is_drawn(image)
    assert page is not None and is_drawn(page)
    assert page.width() <= 300 and page.height() <= 400
    assert preview(b"%PDF-1.4 broken", "application/pdf", size) is None


def _unreadable(tmp_path: Path) -> Path:
    if os.geteuid() == 0:  # root reads any file: the kernel's memory file refuses every read
        return Path("/proc/self/mem")
    path = tmp_path / "locked.png"
    path.write_bytes(photo_bytes())
    path.chmod(0)
    return path


def test_files_that_cannot_be_kept_say_why_and_nothing_is_saved(
    page: Page, taxi: int, tmp_path: Path
) -> None:
    big = tmp_path / "huge photo.png"
    with open(big, "wb") as handle:  # sparse: takes no room on the disk
        handle.write(photo_bytes()[:16])
        handle.truncate(MAX_BYTES + 1024 * 1024)
    two_gb = tmp_path / "film.png"
    with open(two_gb, "wb") as handle:
        handle.truncate(2 * 1024**3)
    text = tmp_path / "notes.txt"
    text.write_text("not a receipt")
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    folder = tmp_path / "receipts folder"
    folder.mkdir()
    cases = {
        big: "the most that can be kept is 20 MB",
        two_gb: "is 2,048.0 MB",
        text: "is not a picture or a PDF",
        empty: "is empty (0 bytes)",
        folder: "is a folder",
        _unreadable(tmp_path): "cannot be read",
    }
    panel = page.view.records.receipts
    stack = page.window.controller.undo_stack  # type: ignore[union-attr]
    for path, words in cases.items():
        assert not panel.attach_paths(taxi, [path])
        assert panel.problem.isVisible() and words in panel.problem.text(), panel.problem.text()
        assert "Nothing was kept." in panel.problem.text()
        assert "Traceback" not in panel.problem.text()
    # several files at once: one bad one and nothing of them is kept
    good = tmp_path / "good.png"
    good.write_bytes(photo_bytes())
    assert not panel.attach_paths(taxi, [good, text])
    assert page.ledger.documents(taxi) == [] and stack.count() == 0
    page.window.close_plan()
    assert count_in_file(page.path) == (1, 0)
