"""The QR posters: an A4 poster and a sheet of small stickers for one place (ReportLab, the letters'
bundled Nanum fonts, the city's emblem). The QR code opens the phone's messaging app to the mayor's
number with the place's tag typed on the first line (domain/qr_tags.py); beside it a short
instruction in Korean and the number written out for those who cannot scan. No database here.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.colors import HexColor, black, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from civicdesk_gui.atomic_file import atomic_output
from civicdesk_gui.documents.letters.fonts import BODY, HEADING, HEADING_BOLD, register_letter_fonts
from civicdesk_gui.domain.qr_tags import format_tag, sms_uri

ACCENT = HexColor("#1f5f8b")
INK = HexColor("#1d2430")
MUTED = HexColor("#5b6573")


@dataclass(frozen=True)
class PosterPlace:
    code: str
    name: str
    town: str
    address: str


def poster_uri(place: PosterPlace, number: str) -> str:
    return sms_uri(number, format_tag(place.code, place.name))


def _qr(canvas: Canvas, data: str, x: float, y: float, size: float) -> None:
    """The code drawn module by module on the canvas itself (a graphics Drawing would leave an
    unembedded Helvetica in the file), with the 4-module quiet zone scanners need."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(data)
    code.make()
    count = code.getModuleCount()
    border = 4
    module = size / (count + 2 * border)
    canvas.saveState()
    canvas.setFillColor(white)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColor(black)
    for r, row in enumerate(code.modules):
        top = y + size - (border + r + 1) * module
        c = 0
        while c < count:
            if row[c]:
                start = c
                while c < count and row[c]:
                    c += 1
                canvas.rect(
                    x + (border + start) * module, top, (c - start) * module, module, stroke=0, fill=1
                )
            else:
                c += 1
    canvas.restoreState()


def _emblem(
    canvas: Canvas, png: bytes | None, city: str, x: float, y: float, size: float, *, on_band: bool = False
) -> None:
    if png:
        canvas.drawImage(
            ImageReader(io.BytesIO(png)), x, y, size, size, mask="auto", preserveAspectRatio=True
        )
        return
    # No emblem set (Settings, letters): the city's first syllable in a circle, so the poster still
    # says whose it is.
    canvas.setFillColor(white if on_band else ACCENT)
    canvas.circle(x + size / 2, y + size / 2, size / 2, stroke=0, fill=1)
    canvas.setFillColor(ACCENT if on_band else white)
    canvas.setFont(HEADING_BOLD, size * 0.5)
    canvas.drawCentredString(x + size / 2, y + size * 0.32, (city or "시")[:1])


def _digits(number: str) -> str:
    return number.strip()


def _canvas(handle, title: str) -> Canvas:
    register_letter_fonts()
    canvas = Canvas(handle, pagesize=A4, initialFontName=BODY, pageCompression=1)
    canvas.setTitle(title)
    canvas.setAuthor("CivicDesk")
    canvas.setSubject("QR 바로문자 안내")
    return canvas


def write_poster(
    place: PosterPlace, path: str | Path, *, number: str, city: str, emblem: bytes | None
) -> Path:
    """One A4 page: heading, the QR code (about 11 cm), how to use it, the number written out."""
    path = Path(path)
    width, height = A4
    with atomic_output(path) as handle:
        c = _canvas(handle, f"{city} 시장에게 바로 문자 — {place.name} ({place.code})")
        # Head band: emblem and city.
        c.setFillColor(ACCENT)
        c.rect(0, height - 38 * mm, width, 38 * mm, stroke=0, fill=1)
        _emblem(c, emblem, city, 16 * mm, height - 32 * mm, 26 * mm, on_band=True)
        c.setFillColor(white)
        c.setFont(HEADING_BOLD, 30)
        c.drawString(48 * mm, height - 22 * mm, "시장에게 바로 문자하세요")
        c.setFont(HEADING, 14)
        c.drawString(48 * mm, height - 31 * mm, f"{city} 바로문자 · 48시간 안에 결과를 알려 드립니다")
        # The place.
        c.setFillColor(INK)
        c.setFont(HEADING_BOLD, 24)
        c.drawCentredString(width / 2, height - 56 * mm, place.name)
        c.setFont(HEADING, 13)
        c.setFillColor(MUTED)
        where = " · ".join(p for p in (place.town, place.address) if p)
        c.drawCentredString(
            width / 2, height - 64 * mm, f"{where}   [{place.code}]" if where else f"[{place.code}]"
        )
        # The code.
        size = 110 * mm
        _qr(c, poster_uri(place, number), (width - size) / 2, height - 70 * mm - size, size)
        # How to use it.
        y = height - 70 * mm - size - 12 * mm
        c.setFillColor(INK)
        c.setFont(HEADING_BOLD, 16)
        c.drawCentredString(width / 2, y, "휴대전화 카메라로 QR 코드를 비추면 문자 창이 열립니다.")
        c.setFont(BODY, 13)
        lines = (
            f"첫 줄의 [QR {place.code}] 표시는 그대로 두고, 이어서 불편한 점이나 제안을 적어 보내 주세요.",
            "사진을 함께 보내 주시면 담당 부서가 더 빨리 확인할 수 있습니다.",
        )
        for offset, line in enumerate(lines, start=1):
            c.drawCentredString(width / 2, y - offset * 8 * mm, line)
        # The number, for those who cannot scan.
        c.setFillColor(HexColor("#eef3f8"))
        c.roundRect(25 * mm, 14 * mm, width - 50 * mm, 30 * mm, 4 * mm, stroke=0, fill=1)
        c.setFillColor(INK)
        c.setFont(HEADING, 13)
        c.drawCentredString(width / 2, 35 * mm, "QR 코드를 쓸 수 없으면 이 번호로 문자를 보내 주세요")
        c.setFont(HEADING_BOLD, 26)
        c.drawCentredString(width / 2, 22 * mm, _digits(number))
        c.setFont(BODY, 10)
        c.setFillColor(MUTED)
        c.drawCentredString(
            width / 2, 8 * mm, f"문자 첫머리에 {place.code} 를 적어 주시면 이곳의 민원으로 접수됩니다."
        )
        c.showPage()
        c.save()
    return path


STICKER_COLUMNS, STICKER_ROWS = 2, 5
STICKER_W, STICKER_H = 90 * mm, 52 * mm


def write_stickers(
    place: PosterPlace, path: str | Path, *, number: str, city: str, emblem: bytes | None
) -> Path:
    """An A4 sheet of 2 × 5 stickers (90 × 52 mm) for bus stops, benches and stalls."""
    path = Path(path)
    width, height = A4
    left = (width - STICKER_COLUMNS * STICKER_W) / 2
    bottom = (height - STICKER_ROWS * STICKER_H) / 2
    uri = poster_uri(place, number)
    with atomic_output(path) as handle:
        c = _canvas(handle, f"{city} 바로문자 스티커 — {place.name} ({place.code})")
        for row in range(STICKER_ROWS):
            for column in range(STICKER_COLUMNS):
                x = left + column * STICKER_W
                y = bottom + row * STICKER_H
                c.setStrokeColor(HexColor("#c9d1db"))
                c.setDash(2, 2)
                c.rect(x, y, STICKER_W, STICKER_H, stroke=1, fill=0)
                c.setDash()
                qr = 42 * mm
                _qr(c, uri, x + 4 * mm, y + (STICKER_H - qr) / 2, qr)
                tx = x + 49 * mm
                _emblem(c, emblem, city, tx, y + STICKER_H - 15 * mm, 9 * mm)
                c.setFillColor(ACCENT)
                c.setFont(HEADING_BOLD, 11)
                c.drawString(tx + 11 * mm, y + STICKER_H - 11 * mm, "시장에게 문자")
                c.setFillColor(INK)
                c.setFont(HEADING_BOLD, 9)
                c.drawString(tx, y + STICKER_H - 22 * mm, place.name[:14])
                c.setFont(BODY, 8)
                c.drawString(tx, y + STICKER_H - 28 * mm, "QR을 비추고 이어서")
                c.drawString(tx, y + STICKER_H - 32 * mm, "적어 보내 주세요.")
                c.setFont(HEADING_BOLD, 10)
                c.drawString(tx, y + 9 * mm, _digits(number))
                c.setFont(BODY, 7)
                c.setFillColor(MUTED)
                c.drawString(tx, y + 4.5 * mm, f"첫머리에 {place.code}")
        c.showPage()
        c.save()
    return path
