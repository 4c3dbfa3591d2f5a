"""The tag a QR poster puts on the first line of a resident's text: `[QR P-0123 상무시민공원] `.

The poster's QR code opens the phone's messaging app (an `sms:` URI) to the mayor's number with this
tag already typed; the resident writes after it. When the gateway's export is imported, a message that
starts with a tag is attributed to the place (channel QR, town, topic, department). A tag naming no
known place, or one damaged by the resident's editing, is kept in the text and flagged, never dropped.
No Qt, no SQL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final
from urllib.parse import quote

PLACE_CODE: Final = re.compile(r"^P-\d{4}$")
# A whole tag: "[QR P-0123 name]". The name is informative only: the code decides the place.
_TAG: Final = re.compile(r"\[\s*QR\s+(P-\d{4})(?:\s+([^\]\n]{0,60}))?\s*\]")
# Something that was a tag once: "[QR" left at the start, its bracket or code broken.
_DAMAGED: Final = re.compile(r"^\s*\[?\s*QR\b", re.IGNORECASE)


@dataclass(frozen=True)
class FoundTag:
    code: str | None  # the place code, None when the tag is damaged
    raw: str  # the tag as it stands in the text (kept there)


def format_tag(code: str, name: str) -> str:
    """The first line the poster's QR code types for the resident (ends with a space to write after)."""
    name = " ".join(name.replace("[", "(").replace("]", ")").split())[:40]
    return f"[QR {code} {name}] " if name else f"[QR {code}] "


def find_tag(text: str) -> FoundTag | None:
    """The tag at the start of a message's first line, a damaged one, or None (no tag at all)."""
    first_line = text.lstrip().split("\n", 1)[0]
    match = _TAG.match(first_line.strip())
    if match:
        return FoundTag(match.group(1), match.group(0))
    if _DAMAGED.match(first_line):
        return FoundTag(None, first_line.strip()[:80])
    return None


def sms_uri(number: str, body: str) -> str:
    """`sms:<digits>?body=<percent-encoded UTF-8>`: opens the messaging app on Android and iOS
    (RFC 5724; iOS reads `?body=` as well as `&body=`)."""
    digits = "".join(ch for ch in number if ch.isdigit() or ch == "+")
    return f"sms:{digits}?body={quote(body, safe='')}"
