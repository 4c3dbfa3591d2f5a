"""Schema step 12: the deadline rules carry an English label beside the Korean one (the English
interface names the rule behind a deadline in English; the administrator edits both on Settings ›
Petition kinds and periods), and an official has a fax number of their own for a letter's closing
block (행정업무의 운영 및 혁신에 관한 규정 시행규칙 제4조⑥4호; empty: the city hall's fax is printed).

The built-in rules get their English labels, matched by their Korean label; a rule the office added or
relabelled starts empty and shows its Korean label until given one. The labels are spelled out here
(not imported from store/reference.py) so that this step keeps doing what it did if the defaults change.
"""

from __future__ import annotations

import peewee

_LABELS_EN = {
    "바로문자 48시간 회신": "Text message: result within 48 hours",
    "전화 48시간 회신": "Phone: result within 48 hours",
    "QR 접수 48시간 회신": "QR poster: result within 48 hours",
    "방문 48시간 회신": "Walk-in: result within 48 hours",
    "이동시장실 14일 이내 결과 통보": "Mobile Mayor's Office: result within 14 days",
    "월 1회 이상 진행 상황 갱신": "Progress update at least once a month",
    "기타민원 즉시(3근무시간) — 시행령 제16조·제19조": (
        "Other petition, immediate (3 working hours) — Enforcement Decree Art. 16, 19"
    ),
    "고충민원 7일 — 시행령 제17조": "Grievance, 7 days — Enforcement Decree Art. 17",
    "건의민원 14일 — 시행령 제15조": "Suggestion, 14 days — Enforcement Decree Art. 15",
    "질의민원(법령) 14일 — 시행령 제14조": "Question about laws, 14 days — Enforcement Decree Art. 14",
    "질의민원(제도·절차) 7일 — 시행령 제14조": (
        "Question about procedures, 7 days — Enforcement Decree Art. 14"
    ),
    "법정민원: 관계 법령의 처리기간": "Statutory application: the period its statute sets",
}


def up(db: peewee.Database, migrator: object) -> None:
    p = db.param  # ? on SQLite, %s on PostgreSQL
    db.execute_sql('ALTER TABLE "deadline_rule" ADD COLUMN "label_en" VARCHAR(120) NOT NULL DEFAULT \'\'')
    for ko, en in _LABELS_EN.items():
        db.execute_sql(f'UPDATE "deadline_rule" SET "label_en" = {p} WHERE "label" = {p}', (en, ko))
    db.execute_sql('ALTER TABLE "official" ADD COLUMN "fax" VARCHAR(40) NOT NULL DEFAULT \'\'')
