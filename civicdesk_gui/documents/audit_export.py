"""The audit log as CSV (UTF-8 with BOM, so Korean Excel opens it). No Qt, no writes to the database."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path

from civicdesk_gui.domain.audit import AUDIT_KINDS
from civicdesk_gui.domain.vocabulary import label
from civicdesk_gui.queries.audit import AuditRow

HEADERS = ("일시", "로그인", "이름", "종류", "종류 코드", "접수번호", "대상 사용자", "내용")


def write_audit_csv(rows: Iterable[AuditRow], path: Path) -> int:
    """Write `rows` to `path` (the caller gives a temporary name and renames it); return how many."""
    count = 0
    with Path(path).open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        for row in rows:
            writer.writerow(
                [
                    row.at.strftime("%Y-%m-%d %H:%M:%S"),
                    row.login,
                    row.actor,
                    label(AUDIT_KINDS, row.kind),
                    row.kind,
                    row.case_number,
                    row.subject,
                    json.dumps(row.details, ensure_ascii=False, sort_keys=True),
                ]
            )
            count += 1
    return count
