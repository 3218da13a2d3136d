"""Draws logo.png (256 x 256): a shield in the Region's blue with a yellow band and check mark.

Run once with ``python resources/icons/logo.py``; the PNG is committed beside this script.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def draw(path: Path, size: int = 256) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    blue, yellow, white = QColor("#1F4E79"), QColor("#F2C100"), QColor("#FFFFFF")
    # rounded square background
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(blue))
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 44 * s, 44 * s)
    # shield
    shield = QPainterPath()
    shield.moveTo(128 * s, 40 * s)
    shield.lineTo(200 * s, 66 * s)
    shield.cubicTo(200 * s, 140 * s, 178 * s, 186 * s, 128 * s, 218 * s)
    shield.cubicTo(78 * s, 186 * s, 56 * s, 140 * s, 56 * s, 66 * s)
    shield.closeSubpath()
    p.setBrush(QBrush(white))
    p.drawPath(shield)
    # yellow band across the shield, clipped to it
    p.save()
    p.setClipPath(shield)
    p.setBrush(QBrush(yellow))
    p.drawRect(QRectF(40 * s, 92 * s, 180 * s, 30 * s))
    p.restore()
    # check mark
    pen = QPen(blue, 16 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    check = QPainterPath(QPointF(98 * s, 150 * s))
    check.lineTo(120 * s, 172 * s)
    check.lineTo(162 * s, 128 * s)
    p.drawPath(check)
    p.end()
    img.save(str(path), "PNG")


if __name__ == "__main__":
    draw(Path(__file__).with_name("logo.png"))
