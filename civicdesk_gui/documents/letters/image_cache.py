"""Draw the same PNG (the seal, the emblem) into many letters without re-encoding it for each one.

canvas.drawImage compresses the pixels, ASCII85-encodes them and splits out the alpha channel again for
every document: about 7 ms of the ~25 ms a letter takes. Here the image XObject (and its soft mask) is
built once per PNG per process and a shallow copy is registered in each document, exactly as
canvas.drawImage registers its own (reportlab/pdfgen/canvas.py): the same image and soft mask, their
deflated pixels written without the ASCII85 layer ReportLab puts on them (1.7 KB less per letter).
"""

from __future__ import annotations

import copy
import hashlib
import io
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.rl_accel import asciiBase85Decode
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfdoc import PDFImageXObject
from reportlab.pdfgen.canvas import Canvas


@dataclass(frozen=True)
class _Prepared:
    name: str
    image: PDFImageXObject
    smask: PDFImageXObject | None
    size: tuple[int, int]


@lru_cache(maxsize=16)
def _prepared(png: bytes) -> _Prepared:
    reader = ImageReader(io.BytesIO(png))
    name = "civicdesk" + hashlib.sha1(png).hexdigest()
    image = PDFImageXObject(name, reader, mask="auto")
    smask = getattr(image, "_smask", None)
    if smask is not None:
        del image._smask
    for part in (image, smask):
        if part is not None and tuple(part._filters) == ("ASCII85Decode", "FlateDecode"):
            # The deflated pixels as they are: ReportLab's ASCII85 layer makes them a fifth bigger in a
            # binary file, and its text would be encoded again for every letter.
            part.streamContent = asciiBase85Decode(part.streamContent)
            part._filters = ("FlateDecode",)
    return _Prepared(name, image, smask, reader.getSize())


def image_size(png: bytes) -> tuple[int, int]:
    return _prepared(png).size


def draw_png(canvas: Canvas, png: bytes, x: float, y: float, width: float, height: float) -> None:
    prepared = _prepared(png)
    doc = canvas._doc
    registered = doc.getXObjectName(prepared.name)
    if doc.idToObject.get(registered) is None:
        image = copy.copy(prepared.image)  # per document: its smask reference belongs to this document
        canvas._setXObjects(image)
        doc.Reference(image, registered)
        doc.addForm(prepared.name, image)
        if prepared.smask is not None:
            smask = copy.copy(prepared.smask)
            canvas._setXObjects(smask)
            image.smask = doc.Reference(smask, doc.getXObjectName(smask.name))
    canvas._currentPageHasImages = 1
    canvas.saveState()
    canvas.translate(x, y)
    canvas.scale(width, height)
    canvas._code.append(f"/{registered} Do")
    canvas.restoreState()
    canvas._formsinuse.append(prepared.name)
