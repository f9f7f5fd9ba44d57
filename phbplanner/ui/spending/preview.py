"""A picture of a kept document, made from its bytes in memory — never through a file.

Images are read with ``QImage.fromData``; a PDF's first page is drawn by QtPdf from a
``QBuffer`` over the bytes. Nothing is written anywhere: the bytes come out of the encrypted file
into memory and the picture is dropped when another document is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter


def _on_white(image: QImage) -> QImage:
    """A page drawn with a transparent background, put on white paper."""
    paper = QImage(image.size(), QImage.Format.Format_RGB32)
    paper.fill(QColor("white"))
    painter = QPainter(paper)
    painter.drawImage(0, 0, image)
    painter.end()
    return paper


def pdf_first_page(data: bytes, size: QSize) -> QImage | None:
    """The first page of a PDF drawn to fit ``size`` (None if it cannot be read)."""
    from PySide6.QtPdf import QPdfDocument  # loaded only when a PDF is shown

    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    try:
        if not buffer.open(QIODevice.OpenModeFlag.ReadOnly):
            return None
        document.load(buffer)
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
            return None
        page = document.pagePointSize(0)
        if page.width() <= 0 or page.height() <= 0:
            return None
        scaled = page.toSize().scaled(size, Qt.AspectRatioMode.KeepAspectRatio)
        image = document.render(0, scaled)
        return None if image.isNull() else _on_white(image)
    finally:
        document.close()
        buffer.close()
        document.deleteLater()


def image_of(data: bytes, size: QSize) -> QImage | None:
    """A picture of an image file scaled to fit ``size`` (None if it cannot be read)."""
    image = QImage.fromData(data)
    if image.isNull():
        return None
    if image.width() > size.width() or image.height() > size.height():
        image = image.scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    return image


def preview(data: bytes, mime: str, size: QSize) -> QImage | None:
    """A picture of a document (image or PDF), or None when it cannot be shown."""
    if mime == "application/pdf" or data[:5] == b"%PDF-":
        return pdf_first_page(data, size)
    return image_of(data, size)
