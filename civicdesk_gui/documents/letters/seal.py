"""The default seal (직인): a red square seal reading "<발신명의>의인", drawn with Pillow at runtime.

An office registers its real seal image in Settings; this one only lets a fresh install or the demo
print a letter that looks complete. Transparent background, so the 발신명의 shows through it.
"""

from __future__ import annotations

import io
import math
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

from civicdesk_gui.paths import fonts_dir

SEAL_RED = (200, 30, 35, 255)
SIZE = 240  # pixels; printed at about 22 mm, i.e. ~280 dpi


def seal_text(mayor_title: str) -> str:
    """The traditional seal legend, e.g. 파주시장 -> 파주시장의인 (市長之印)."""
    title = "".join(mayor_title.split()) or "시장"
    return f"{title}의인"


@lru_cache(maxsize=8)
def default_seal_png(mayor_title: str) -> bytes:
    """PNG bytes of a square red seal lettered in Hangul horizontally (가로쓰기, as a 관인 is: rows read
    left to right, top row first), e.g. 파주시 / 장의인."""
    text = seal_text(mayor_title)
    columns = math.ceil(math.sqrt(len(text)))
    rows = -(-len(text) // columns)
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    border = 14
    draw.rounded_rectangle((4, 4, SIZE - 5, SIZE - 5), radius=10, outline=SEAL_RED, width=border)
    inner = SIZE - 2 * (border + 10)
    cell_w, cell_h = inner / columns, inner / rows
    font = ImageFont.truetype(str(fonts_dir() / "NanumMyeongjoBold.ttf"), int(min(cell_w, cell_h) * 0.92))
    for index, char in enumerate(text):
        row, column = divmod(index, columns)  # left to right, then the next row down
        cx = border + 10 + cell_w * (column + 0.5)
        cy = border + 10 + cell_h * (row + 0.5)
        draw.text((cx, cy), char, font=font, fill=SEAL_RED, anchor="mm", stroke_width=2, stroke_fill=SEAL_RED)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
