"""Draws the application icon (resources/icons/grants.png and grants.ico) with Qt.

    QT_QPA_PLATFORM=offscreen .venv/bin/python resources/icons/grants.py

A rounded square in the Region's blue, a white sheet (the grant decision) with a yellow euro
sign and a tick. The .ico holds 16, 24, 32, 48, 64, 128 and 256 pixel images.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QLinearGradient, QPainter, QPainterPath, QPen

HERE = Path(__file__).resolve().parent
SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(size: int = 256) -> QImage:
    img = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 256, size / 256)
    grad = QLinearGradient(0, 0, 0, 256)
    grad.setColorAt(0, QColor("#2a6fc0"))
    grad.setColorAt(1, QColor("#17467f"))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(grad)
    p.drawRoundedRect(QRectF(8, 8, 240, 240), 48, 48)
    sheet = QPainterPath()
    sheet.moveTo(70, 40)
    sheet.lineTo(160, 40)
    sheet.lineTo(196, 76)
    sheet.lineTo(196, 216)
    sheet.lineTo(70, 216)
    sheet.closeSubpath()
    p.setBrush(QColor("white"))
    p.drawPath(sheet)
    p.setBrush(QColor("#d7e3f4"))
    fold = QPainterPath()
    fold.moveTo(160, 40)
    fold.lineTo(160, 76)
    fold.lineTo(196, 76)
    fold.closeSubpath()
    p.drawPath(fold)
    font = QFont("DejaVu Sans")
    font.setPixelSize(96)
    font.setBold(True)
    p.setFont(font)
    p.setPen(QColor("#f2b800"))
    p.drawText(QRectF(70, 62, 126, 110), Qt.AlignmentFlag.AlignCenter, "€")
    pen = QPen(QColor("#2e9d6a"), 16, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.drawPolyline([QPointF(100, 186), QPointF(122, 204), QPointF(166, 164)])
    p.end()
    return img


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    draw(256).save(str(HERE / "grants.png"))
    try:
        from PIL import Image

        big = Image.open(HERE / "grants.png")
        big.save(HERE / "grants.ico", sizes=[(s, s) for s in SIZES])
    except ImportError:  # Qt writes a single-size .ico
        draw(256).save(str(HERE / "grants.ico"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
