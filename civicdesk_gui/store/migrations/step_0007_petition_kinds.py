"""Step 7: kinds of petition and their statutory periods, and the result that meets the clocks.

- case.petition_kind (질의·건의·고충·기타·법정, domain/petitions.py) and case.result_at (when the resident
  was told the result: only that meets the promise and the statutory clocks, 법 제27조).
- deadline_rule.kind: the statutory periods are the kind's (시행령 제14–17조, "즉시" = 3 working hours,
  제19조); the unique index takes the kind in. The statutory rows per category are replaced by rows per
  kind; kind_rule defaults a case's kind from its category and topic (the administrator edits it).
- Existing cases: the kind from their category, as the new rules give it; result_at = first_reply_at
  (replies had no purpose before this step and every one counted as the result: the figures of the
  past stay what they were); the statutory due time of the cases still running is counted again by
  their kind.
- case.extensions, case.paused_at (the statutory period's extensions and a supplement's pause),
  case.referral_remind_on, case.agency_answered_at (a referral tracked until the agency answers).
- approval: the sign-off (결재) of a letter before it is issued (drafter, reviewer, approver, 전결/대결);
  official.email for the letter's closing block (행정업무의 운영 및 혁신에 관한 규정 시행규칙 제4조⑥).
- The running-clock indexes (store/figure_indexes.py) and the list's next-due index
  (store/list_indexes.py) are rebuilt on result_at instead of first_reply_at.

Written out in full (not taken from the models or the index modules), so this step keeps doing what
it did when those change later.
"""

from __future__ import annotations

import datetime as dt

import peewee

from civicdesk_gui.domain import clocks

_KIND_RULE_SQLITE = (
    'CREATE TABLE "kind_rule" ("id" INTEGER NOT NULL PRIMARY KEY, "category_id" INTEGER, "topic_id" INTEGER, '
    '"kind" VARCHAR(20), "label" VARCHAR(80) NOT NULL, '
    'FOREIGN KEY ("category_id") REFERENCES "category" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("topic_id") REFERENCES "topic" ("id") ON DELETE CASCADE)'
)
_KIND_RULE_POSTGRES = (
    'CREATE TABLE "kind_rule" ("id" SERIAL NOT NULL PRIMARY KEY, "category_id" INTEGER, "topic_id" INTEGER, '
    '"kind" VARCHAR(20), "label" VARCHAR(80) NOT NULL, '
    'FOREIGN KEY ("category_id") REFERENCES "category" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("topic_id") REFERENCES "topic" ("id") ON DELETE CASCADE)'
)
_KIND_RULE_INDEXES = (
    'CREATE INDEX "kind_rule_category_id" ON "kind_rule" ("category_id")',
    'CREATE INDEX "kind_rule_topic_id" ON "kind_rule" ("topic_id")',
    'CREATE UNIQUE INDEX "kind_rule_category_id_topic_id" ON "kind_rule" ("category_id", "topic_id")',
)

# (kind, amount, unit, label) as store/reference.STATUTORY_RULES had them when this step was written.
_STATUTORY_RULES = (
    ("other", 3, "working_hours", "기타민원 즉시(3근무시간) — 시행령 제16조·제19조"),
    ("grievance", 7, "statutory_days", "고충민원 7일 — 시행령 제17조"),
    ("suggestion", 14, "statutory_days", "건의민원 14일 — 시행령 제15조"),
    ("inquiry_law", 14, "statutory_days", "질의민원(법령) 14일 — 시행령 제14조"),
    ("inquiry_procedure", 7, "statutory_days", "질의민원(제도·절차) 7일 — 시행령 제14조"),
    ("statutory", None, "statutory_days", "법정민원: 관계 법령의 처리기간"),
)
# (category code, topic code, kind, label): store/reference.DEFAULT_KIND_RULES when written.
_KIND_RULES = (
    (None, None, "other", "분류 전: 기타민원"),
    ("civil_complaint", None, "other", "생활 불편 신고: 기타민원"),
    ("safety", None, "other", "안전 신고: 기타민원"),
    ("policy_suggestion", None, "suggestion", "정책제안: 건의민원"),
    ("institutional_improvement", None, "suggestion", "제도개선: 건의민원"),
    ("policy_suggestion", "welfare", "inquiry_procedure", "복지 지원 문의: 질의민원(제도·절차)"),
    ("gratitude", None, None, "격려·감사: 처리기한 없음"),
)

_DROPPED_INDEXES = (
    "case_figures",
    "case_trend",
    "case_promise_running",
    "case_statutory_running",
    "case_update_running",
    "case_unanswered",
    "case_next_due",
)
_FIGURE_INDEXES = (
    (
        "case_figures",
        '"case" (received_at, channel_id, category_id, department_id, status, classification, '
        "promise_due_at, statutory_due_at, update_due_at, first_reply_at, closed_at, official_id, result_at)",
    ),
    ("case_trend", '"case" (received_at, channel_id, promise_due_at, result_at)'),
    ("case_promise_running", '"case" (promise_due_at, department_id) WHERE result_at IS NULL'),
    ("case_statutory_running", '"case" (statutory_due_at, department_id) WHERE result_at IS NULL'),
    ("case_update_running", '"case" (update_due_at, department_id, result_at) WHERE closed_at IS NULL'),
    (
        "case_unanswered",
        '"case" (department_id, promise_due_at, statutory_due_at, update_due_at, closed_at, classification, '
        "received_at) WHERE result_at IS NULL",
    ),
)
# The list's next-due index (store/list_indexes.next_due_expression) as each back end spells it.
_RUNNING = (
    'CASE WHEN ("result_at" IS NULL) THEN "promise_due_at" END',
    'CASE WHEN ("result_at" IS NULL) THEN "statutory_due_at" END',
    'CASE WHEN ("closed_at" IS NULL) THEN "update_due_at" END',
)


_APPROVAL_COLUMNS = (
    '"case_id" INTEGER NOT NULL, "subject" VARCHAR(20) NOT NULL, "kind" VARCHAR(30) NOT NULL, '
    '"language" VARCHAR(5) NOT NULL, "title" VARCHAR(300) NOT NULL, "body" TEXT NOT NULL, '
    '"state" VARCHAR(20) NOT NULL, "level" VARCHAR(20) NOT NULL, "drafter_id" INTEGER NOT NULL, '
    '"drafted_at" {dt} NOT NULL, "reviewer_id" INTEGER, "reviewed_at" {dt}, "approver_id" INTEGER, '
    '"approved_by_id" INTEGER, "approved_at" {dt}, "mark" VARCHAR(10) NOT NULL, "comment" TEXT NOT NULL, '
    '"letter_id" INTEGER, "version" INTEGER NOT NULL, '
    'FOREIGN KEY ("case_id") REFERENCES "case" ("id") ON DELETE RESTRICT, '
    'FOREIGN KEY ("drafter_id") REFERENCES "user" ("id") ON DELETE RESTRICT, '
    'FOREIGN KEY ("reviewer_id") REFERENCES "user" ("id") ON DELETE RESTRICT, '
    'FOREIGN KEY ("approver_id") REFERENCES "user" ("id") ON DELETE RESTRICT, '
    'FOREIGN KEY ("approved_by_id") REFERENCES "user" ("id") ON DELETE RESTRICT, '
    'FOREIGN KEY ("letter_id") REFERENCES "letter" ("id") ON DELETE RESTRICT'
)
_APPROVAL_INDEXES = (
    'CREATE INDEX "approval_case_id" ON "approval" ("case_id")',
    'CREATE INDEX "approval_drafter_id" ON "approval" ("drafter_id")',
    'CREATE INDEX "approval_reviewer_id" ON "approval" ("reviewer_id")',
    'CREATE INDEX "approval_approver_id" ON "approval" ("approver_id")',
    'CREATE INDEX "approval_approved_by_id" ON "approval" ("approved_by_id")',
    'CREATE INDEX "approval_letter_id" ON "approval" ("letter_id")',
    'CREATE INDEX "approval_state_approver_id" ON "approval" ("state", "approver_id")',
)


def _next_due_sql(postgres: bool) -> str:
    a, b, c = _RUNNING
    slots = [f"COALESCE({a}, {b}, {c})", f"COALESCE({b}, {c}, {a})", f"COALESCE({c}, {a}, {b})"]
    least = "LEAST" if postgres else "MIN"
    return f"COALESCE({least}({', '.join(slots)}), '9999-12-31 00:00:00')"


def up(db: peewee.Database, migrator: object) -> None:
    postgres = isinstance(db, peewee.PostgresqlDatabase)
    datetime = "TIMESTAMP" if postgres else "DATETIME"
    db.execute_sql('ALTER TABLE "case" ADD COLUMN "petition_kind" VARCHAR(20)')
    db.execute_sql(f'ALTER TABLE "case" ADD COLUMN "result_at" {datetime}')
    db.execute_sql('ALTER TABLE "case" ADD COLUMN "extensions" INTEGER NOT NULL DEFAULT 0')
    db.execute_sql(f'ALTER TABLE "case" ADD COLUMN "paused_at" {datetime}')
    db.execute_sql('ALTER TABLE "case" ADD COLUMN "referral_remind_on" DATE')
    db.execute_sql(f'ALTER TABLE "case" ADD COLUMN "agency_answered_at" {datetime}')
    db.execute_sql('ALTER TABLE "deadline_rule" ADD COLUMN "kind" VARCHAR(20)')
    db.execute_sql('DROP INDEX "deadline_rule_clock_channel_id_category_id"')
    db.execute_sql(
        'CREATE UNIQUE INDEX "deadline_rule_clock_channel_id_category_id_kind" '
        'ON "deadline_rule" ("clock", "channel_id", "category_id", "kind")'
    )
    db.execute_sql('ALTER TABLE "official" ADD COLUMN "email" VARCHAR(120) NOT NULL DEFAULT \'\'')
    key = '"id" SERIAL NOT NULL PRIMARY KEY' if postgres else '"id" INTEGER NOT NULL PRIMARY KEY'
    db.execute_sql(f'CREATE TABLE "approval" ({key}, {_APPROVAL_COLUMNS.format(dt=datetime)})')
    for sql in _APPROVAL_INDEXES:
        db.execute_sql(sql)
    db.execute_sql(_KIND_RULE_POSTGRES if postgres else _KIND_RULE_SQLITE)
    for sql in _KIND_RULE_INDEXES:
        db.execute_sql(sql)
    for name in _DROPPED_INDEXES:
        db.execute_sql(f'DROP INDEX "{name}"')
    _move_data(db)
    for name, definition in _FIGURE_INDEXES:
        db.execute_sql(f"CREATE INDEX {name} ON {definition}")
    db.execute_sql(f'CREATE INDEX IF NOT EXISTS case_next_due ON "case" (({_next_due_sql(postgres)}), id)')


def _move_data(db: peewee.Database) -> None:
    db.execute_sql("DELETE FROM deadline_rule WHERE clock = 'statutory'")
    for kind, amount, unit, label in _STATUTORY_RULES:
        db.execute_sql(
            "INSERT INTO deadline_rule (clock, channel_id, category_id, amount, unit, anchor, label, kind) "
            "VALUES ('statutory', NULL, NULL, %s, %s, 'received', %s, %s)"
            if isinstance(db, peewee.PostgresqlDatabase)
            else "INSERT INTO deadline_rule (clock, channel_id, category_id, amount, unit, anchor, label, kind) "
            "VALUES ('statutory', NULL, NULL, ?, ?, 'received', ?, ?)",
            (amount, unit, label, kind),
        )
    mark = "%s" if isinstance(db, peewee.PostgresqlDatabase) else "?"
    categories = dict(db.execute_sql("SELECT code, id FROM category").fetchall())
    topics = dict(db.execute_sql("SELECT code, id FROM topic").fetchall())
    for category, topic, kind, label in _KIND_RULES:
        if (category and category not in categories) or (topic and topic not in topics):
            continue  # an office that removed the category or topic
        db.execute_sql(
            f"INSERT INTO kind_rule (category_id, topic_id, kind, label) VALUES ({mark}, {mark}, {mark}, {mark})",
            (categories.get(category), topics.get(topic), kind, label),
        )
    # Each case's kind: its topic's rule, else its category's, else the default (most specific wins).
    default = next(k for c, t, k, _ in _KIND_RULES if c is None and t is None)
    db.execute_sql(f'UPDATE "case" SET petition_kind = {mark}', (default,))
    for category, topic, kind, _ in _KIND_RULES:
        if category is not None and topic is None and category in categories:
            db.execute_sql(
                f'UPDATE "case" SET petition_kind = {mark} WHERE category_id = {mark}',
                (kind, categories[category]),
            )
    for _category, topic, kind, _ in _KIND_RULES:
        if topic is not None and topic in topics:
            db.execute_sql(
                f'UPDATE "case" SET petition_kind = {mark} WHERE topic_id = {mark}', (kind, topics[topic])
            )
    db.execute_sql('UPDATE "case" SET result_at = first_reply_at')
    # The statutory due time of every case still running, counted again by its kind (법 제19조).
    periods = {kind: clocks.Period(amount, unit) for kind, amount, unit, _ in _STATUTORY_RULES if amount}
    running = db.execute_sql(
        'SELECT id, received_at, petition_kind FROM "case" WHERE result_at IS NULL AND closed_at IS NULL '
        "AND status <> 'withdrawn' AND statutory_due_at IS NOT NULL"
    ).fetchall()
    for case_id, received_at, kind in running:
        if isinstance(received_at, str):
            received_at = dt.datetime.fromisoformat(received_at)
        period = periods.get(kind)
        due = period.due_from(received_at) if period else None
        db.execute_sql(f'UPDATE "case" SET statutory_due_at = {mark} WHERE id = {mark}', (due, case_id))
