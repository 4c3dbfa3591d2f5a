"""The reply outbox's rules: message sizes as the text gateway counts them, the states a message goes
through, and the bulk-send file's columns. No Qt, no SQL.

Korean gateways count a message in CP949 bytes (a Hangul syllable is 2 bytes, ASCII 1): up to 90 bytes
goes as one SMS, up to 2,000 as one LMS; beyond that the gateway cuts the text. A character CP949
cannot hold (an emoji, a rare Hanja) is sent as '?' by most gateways: counted as 2 bytes here (the
worst case) and reported, so the coordinator rewrites it rather than the resident reading '?'.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from civicdesk_gui.domain.vocabulary import Term, index_terms

SMS_LIMIT: Final = 90  # bytes (CP949): one short message
LMS_LIMIT: Final = 2000  # bytes (CP949): one long message; the gateway truncates beyond it

# How a message leaves the office: draft (waiting for sign-off) -> approved (in the outbox, pending)
# -> handed_over (in a bulk-send file given to the gateway) -> delivered | failed; a failed one is
# retried (a new message, this one 'retried') or the resident is phoned ('phoned'). Letters and calls
# owed to residents who chose them wait as approved with method letter/phone until done by hand.
STATES = index_terms(
    Term("draft", "결재 대기", "Awaiting approval"),
    Term("approved", "발송 대기", "Pending"),
    Term("handed_over", "전송 의뢰", "Handed to the gateway"),
    Term("delivered", "전달 완료", "Delivered"),
    Term("failed", "전달 실패", "Failed"),
    Term("retried", "재발송", "Sent again"),
    Term("phoned", "전화 안내", "Phoned instead"),
    Term("done", "처리 완료", "Done by hand"),
)
PENDING: Final = "approved"
OPEN_STATES: Final = ("draft", "approved", "handed_over", "failed")

# How the resident chose to be told (DOMAIN.md §3 step 4). Only 'text' goes to the gateway.
METHODS = index_terms(
    Term("text", "문자", "Text message"),
    Term("letter", "서면", "Letter"),
    Term("phone", "전화", "Phone"),
)

# Why a message goes out. The sign-off branch names these too (receipt notice / interim / result).
PURPOSES = index_terms(
    Term("receipt", "접수 안내", "Receipt notice"),
    Term("interim", "중간 회신", "Interim reply"),
    Term("result", "결과 회신", "Result"),
)

# The bulk-send file's columns: what a gateway's upload form calls them -> the message's field.
COLUMN_FIELDS: Final = {
    "수신번호": "phone",
    "이름": "name",
    "메시지": "message",
    "참조번호": "reference",
    "접수번호": "case_number",
    "구분": "kind",
    "바이트": "size",
}
DEFAULT_COLUMNS: Final = "수신번호,이름,메시지,참조번호"


@dataclass(frozen=True)
class MessageSize:
    """A message as the gateway will count it."""

    size: int  # CP949 bytes (a character CP949 lacks counted as 2)
    kind: str  # 'sms', 'lms' or 'too_long'
    unencodable: str  # the characters CP949 cannot hold, each once, in order

    @property
    def limit(self) -> int:
        return SMS_LIMIT if self.kind == "sms" else LMS_LIMIT

    @property
    def over_sms(self) -> bool:
        """Longer than one SMS: it goes as LMS (or is split into several SMS by a gateway without LMS)."""
        return self.size > SMS_LIMIT

    @property
    def truncated(self) -> bool:
        """Longer than one LMS: the gateway would cut it."""
        return self.size > LMS_LIMIT

    @property
    def sms_parts(self) -> int:
        """How many SMS a gateway without LMS would split it into."""
        return max(1, -(-self.size // SMS_LIMIT))


def cp949_size(text: str) -> MessageSize:
    size = 0
    missing: dict[str, None] = {}
    for character in text:
        try:
            size += len(character.encode("cp949"))
        except UnicodeEncodeError:
            size += 2
            missing[character] = None
    kind = "sms" if size <= SMS_LIMIT else ("lms" if size <= LMS_LIMIT else "too_long")
    return MessageSize(size, kind, "".join(missing))


def parse_columns(text: str) -> list[str]:
    """The configured column list ('수신번호,이름,메시지,참조번호'): known names, each once, in order.
    Raise ValueError naming the first unknown one; an empty list is refused as well."""
    columns = [c.strip() for c in text.replace(";", ",").split(",") if c.strip()]
    for column in columns:
        if column not in COLUMN_FIELDS:
            raise ValueError(column)
    if not columns:
        raise ValueError("")
    return list(dict.fromkeys(columns))


def reference_of(message_id: int) -> str:
    """The reference number the gateway echoes back in its delivery report (참조번호)."""
    return f"CD{message_id:08d}"


def message_id_of(reference: str) -> int | None:
    reference = reference.strip().upper()
    if len(reference) == 10 and reference.startswith("CD") and reference[2:].isdigit():
        return int(reference[2:])
    return None
