"""Draws CivicDesk's application icon (run once; the PNG and ICO beside this file are committed):

    .venv/bin/python resources/icons/make_icons.py

A blue rounded square with a white speech bubble holding "민" (민원, a resident's case) in the
bundled NanumGothic Bold, so it needs no other font. The ICO carries the sizes Windows asks for."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
FONT = HERE.parent / "fonts" / "NanumGothicBold.ttf"
SIZE = 512


def draw() -> Image.Image:
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((16, 16, SIZE - 16, SIZE - 16), radius=96, fill=(21, 101, 192, 255))
    # The speech bubble and its tail.
    pen.rounded_rectangle((84, 96, SIZE - 84, SIZE - 150), radius=70, fill=(255, 255, 255, 255))
    pen.polygon([(150, SIZE - 160), (130, SIZE - 70), (240, SIZE - 160)], fill=(255, 255, 255, 255))
    font = ImageFont.truetype(str(FONT), 220)
    box = pen.textbbox((0, 0), "민", font=font)
    width, height = box[2] - box[0], box[3] - box[1]
    centre_y = (96 + SIZE - 150) // 2
    pen.text(
        ((SIZE - width) // 2 - box[0], centre_y - height // 2 - box[1]),
        "민",
        font=font,
        fill=(13, 71, 161, 255),
    )
    return image


def main() -> None:
    image = draw()
    image.resize((256, 256), Image.Resampling.LANCZOS).save(HERE / "civicdesk.png")
    image.save(
        HERE / "civicdesk.ico",
        sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)],
    )


if __name__ == "__main__":
    main()
