"""Cases with residents to reply to, and delivery reports as a gateway writes them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from civicdesk_gui.actions import cases
from civicdesk_gui.domain.actor import Actor
from civicdesk_gui.domain.outbox import reference_of

RECEIVED = dt.datetime(2026, 11, 2, 9, 0)


def text_case(
    actor: Actor, *, name: str = "홍길동", phone: str = "010-2345-6789", text: str = "가로등이 꺼졌어요"
) -> int:
    return cases.intake_case(
        channel="text",
        text=text,
        submitter_name=name,
        submitter_phone=phone,
        received_at=RECEIVED,
        actor=actor,
        at=RECEIVED,
    ).case_id


def report_file(
    path: Path, lines: list[tuple], *, header=("참조번호", "수신번호", "결과", "사유"), encoding="utf-8"
) -> Path:
    """lines: (message id or raw reference, phone, result, reason)."""
    rows = [",".join(header)]
    for message, phone, result, reason in lines:
        reference = reference_of(message) if isinstance(message, int) else message
        rows.append(f"{reference},{phone},{result},{reason}")
    path.write_bytes(("\n".join(rows) + "\n").encode(encoding))
    return path
