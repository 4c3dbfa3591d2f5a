"""Peewee models: plain nouns, one table each. No Qt here, and no SQL that only SQLite speaks.

All datetimes are naive wall-clock times in Asia/Seoul: the office, its residents and its
deadlines all live in one time zone, and both SQLite and PostgreSQL store that the same way.
"""

from __future__ import annotations

import datetime as dt

import peewee as pw

from civicdesk_gui.store.database import database_proxy


def now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class BaseModel(pw.Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


class SchemaVersion(BaseModel):
    """One row: the schema version this database is at."""

    version = pw.IntegerField()
    upgraded_at = pw.DateTimeField(default=now)


class Counter(BaseModel):
    """Named sequences (case numbers per year, register numbers per department): never reused."""

    name = pw.CharField(max_length=80, primary_key=True)
    value = pw.IntegerField(default=0)


class Setting(BaseModel):
    """Office-wide settings kept in the database (city name, mayor, seal image...): JSON values."""

    key = pw.CharField(max_length=120, primary_key=True)
    value = pw.TextField()


class Department(BaseModel):
    code = pw.CharField(max_length=20, unique=True)  # register numbers are <code>-<serial>
    name = pw.CharField(max_length=80, unique=True)
    # The English interface and English letters (schema step 9); empty: shown in Korean.
    name_en = pw.CharField(max_length=80, default="", constraints=[pw.SQL("DEFAULT ''")])
    phone = pw.CharField(max_length=40, default="")
    active = pw.BooleanField(default=True)


class Official(BaseModel):
    name = pw.CharField(max_length=60)
    rank = pw.CharField(max_length=40)  # e.g. 과장, 팀장, 주무관
    department = pw.ForeignKeyField(Department, backref="officials", on_delete="RESTRICT")
    is_responsible = pw.BooleanField(default=False)  # team leader or higher: signs off answers
    phone = pw.CharField(max_length=40, default="")
    active = pw.BooleanField(default=True)
    # Schema step 8: the official's e-mail, printed in an official letter's closing block
    # (행정업무의 운영 및 혁신에 관한 규정 시행규칙 제4조⑥4호).
    email = pw.CharField(max_length=120, default="", constraints=[pw.SQL("DEFAULT ''")])
    # Schema step 12: the official's own fax for the closing block (empty: the city hall's fax).
    fax = pw.CharField(max_length=40, default="", constraints=[pw.SQL("DEFAULT ''")])


class User(BaseModel):
    """Someone who signs in (or a named service account for nightly jobs). Never deleted: their
    history stays theirs; a user who leaves is deactivated."""

    login = pw.CharField(max_length=60, unique=True)
    display_name = pw.CharField(max_length=60)
    role = pw.CharField(max_length=20, default="coordinator")  # domain/permissions.py ROLES
    department = pw.ForeignKeyField(Department, null=True, on_delete="SET NULL")  # officials' scope
    official = pw.ForeignKeyField(Official, null=True, on_delete="SET NULL")
    active = pw.BooleanField(default=True)
    # Sign-in (schema step 4). The server-side DEFAULTs let the step add the columns to existing rows.
    password_hash = pw.CharField(max_length=255, default="", constraints=[pw.SQL("DEFAULT ''")])  # argon2id
    failed_sign_ins = pw.IntegerField(default=0, constraints=[pw.SQL("DEFAULT 0")])  # since the last success
    locked_until = pw.DateTimeField(null=True)  # growing delay after repeated failures


class Channel(BaseModel):
    code = pw.CharField(max_length=20, unique=True)  # text, mobile_office, phone, qr, walk_in, other
    name_ko = pw.CharField(max_length=40)
    name_en = pw.CharField(max_length=40)
    sort_order = pw.IntegerField(default=0)


class Category(BaseModel):
    code = pw.CharField(max_length=40, unique=True)
    name_ko = pw.CharField(max_length=40)
    name_en = pw.CharField(max_length=60)
    needs_department = pw.BooleanField(default=True)  # gratitude is acknowledged, no department action
    sort_order = pw.IntegerField(default=0)


class Topic(BaseModel):
    code = pw.CharField(max_length=40, unique=True)
    name_ko = pw.CharField(max_length=40)
    name_en = pw.CharField(max_length=60)
    category = pw.ForeignKeyField(Category, null=True, on_delete="SET NULL")
    default_department = pw.ForeignKeyField(Department, null=True, on_delete="SET NULL")


class Town(BaseModel):
    """Town / neighbourhood (읍·면·동)."""

    name = pw.CharField(max_length=40, unique=True)
    kind = pw.CharField(max_length=10, default="동")  # 읍 / 면 / 동
    active = pw.BooleanField(default=True)


class Agency(BaseModel):
    """An outside body a case can be referred to (police, board of education...)."""

    name = pw.CharField(max_length=80, unique=True)
    name_en = pw.CharField(max_length=80, default="", constraints=[pw.SQL("DEFAULT ''")])  # schema step 9
    jurisdiction = pw.CharField(max_length=200, default="")
    phone = pw.CharField(max_length=40, default="")


class DeadlineRule(BaseModel):
    """One clock's period, for a channel and/or category (most specific match wins).

    clock: promise | statutory | monthly_update
    unit: hours (calendar) | days (calendar) | working_hours | working_days
    anchor: received (receipt time) | session (the Mobile Mayor's Office session date)
    """

    clock = pw.CharField(max_length=20)
    channel = pw.ForeignKeyField(Channel, null=True, on_delete="CASCADE")
    category = pw.ForeignKeyField(Category, null=True, on_delete="CASCADE")
    amount = pw.IntegerField(null=True)  # null: no such clock for this match
    unit = pw.CharField(max_length=20)
    anchor = pw.CharField(max_length=20, default="received")
    label = pw.CharField(max_length=80, default="")
    # Schema step 8: the kind of petition the rule is for (domain/petitions.py); null = any kind.
    kind = pw.CharField(max_length=20, null=True)
    # Schema step 12: the label in the English interface (empty: the Korean label is shown).
    label_en = pw.CharField(max_length=120, default="", constraints=[pw.SQL("DEFAULT ''")])

    class Meta:
        indexes = ((("clock", "channel", "category", "kind"), True),)


class KindRule(BaseModel):
    """Schema step 8: which kind of petition a case is by default, from its category and topic (most
    specific match wins; an administrator edits these rows). kind null: not a petition under the Act
    (encouragement and thanks), so no statutory period."""

    category = pw.ForeignKeyField(Category, null=True, on_delete="CASCADE")
    topic = pw.ForeignKeyField(Topic, null=True, on_delete="CASCADE")
    kind = pw.CharField(max_length=20, null=True)
    label = pw.CharField(max_length=80, default="")

    class Meta:
        indexes = ((("category", "topic"), True),)


class SessionRequest(BaseModel):
    """A request for a Mobile Mayor's Office session (DOMAIN.md §4)."""

    requested_by = pw.CharField(max_length=120)
    contact = pw.CharField(max_length=120, default="")
    via_office = pw.CharField(max_length=120, default="")  # town office or city department it came through
    unit_type = pw.CharField(max_length=30)  # town, village, apartment, professional, parents, youth, other
    unit_subgroup = pw.CharField(max_length=30, default="")  # professional groups: poultry, ginseng...
    unit_name = pw.CharField(max_length=120, default="")
    town = pw.ForeignKeyField(Town, null=True, on_delete="SET NULL")
    preferred_dates = pw.CharField(max_length=200, default="")
    expected_attendance = pw.IntegerField(null=True)
    notes = pw.TextField(default="")
    state = pw.CharField(max_length=20, default="requested")
    state_reason = pw.TextField(default="")
    received_at = pw.DateTimeField(default=now)
    version = pw.IntegerField(default=1)
    updated_at = pw.DateTimeField(default=now)


class Session(BaseModel):
    """A Mobile Mayor's Office session: the mayor's on-site visit."""

    number = pw.CharField(max_length=20, unique=True)  # S2026-0012
    request = pw.ForeignKeyField(SessionRequest, null=True, backref="sessions", on_delete="SET NULL")
    title = pw.CharField(max_length=200, default="")
    starts_at = pw.DateTimeField(index=True)
    ends_at = pw.DateTimeField()
    place = pw.CharField(max_length=200, default="")
    address = pw.CharField(max_length=200, default="")
    town = pw.ForeignKeyField(Town, null=True, on_delete="SET NULL")
    unit_type = pw.CharField(max_length=30)
    unit_subgroup = pw.CharField(max_length=30, default="")
    unit_name = pw.CharField(max_length=120, default="")
    target_group = pw.CharField(max_length=120, default="")
    attending_officials = pw.TextField(default="")
    state = pw.CharField(max_length=20, default="scheduled")  # scheduled, held, closed, cancelled
    state_reason = pw.TextField(default="")
    attendees = pw.IntegerField(null=True)
    minutes = pw.TextField(default="")
    ics_uid = pw.CharField(max_length=120, unique=True)
    version = pw.IntegerField(default=1)
    created_at = pw.DateTimeField(default=now)
    updated_at = pw.DateTimeField(default=now)
    updated_by = pw.ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")


class SessionEvent(BaseModel):
    """Append-only history of sessions and session requests (who, when, what, before -> after)."""

    # RESTRICT, never CASCADE: history outlives nothing it speaks of, and triggers refuse to change
    # or delete its rows (store/append_only.py).
    session = pw.ForeignKeyField(Session, null=True, backref="events", on_delete="RESTRICT")
    request = pw.ForeignKeyField(SessionRequest, null=True, backref="events", on_delete="RESTRICT")
    at = pw.DateTimeField(default=now)
    actor = pw.ForeignKeyField(User, null=True, on_delete="RESTRICT")
    kind = pw.CharField(max_length=30)
    body = pw.TextField(default="")
    before = pw.TextField(default="{}")
    after = pw.TextField(default="{}")

    class Meta:
        indexes = ((("session", "at"), False), (("request", "at"), False))


class Place(BaseModel):
    """A place with a QR poster (schema step 9): park, market, alley, bus stop. A text carrying its tag
    (domain/qr_tags.py) is attributed to it at import."""

    code = pw.CharField(max_length=10, unique=True)  # P-0123
    name = pw.CharField(max_length=60)
    kind = pw.CharField(max_length=20, default="")  # park, market, alley, bus_stop, other
    town = pw.ForeignKeyField(Town, null=True, on_delete="SET NULL")
    address = pw.CharField(max_length=200, default="")
    topic = pw.ForeignKeyField(Topic, null=True, on_delete="SET NULL")
    department = pw.ForeignKeyField(Department, null=True, on_delete="SET NULL")
    active = pw.BooleanField(default=True)
    created_at = pw.DateTimeField(default=now)


class Case(BaseModel):
    """A resident's submission and all the office's work on it."""

    number = pw.CharField(max_length=20, unique=True)  # 2026-000123
    channel = pw.ForeignKeyField(Channel, on_delete="RESTRICT")
    received_at = pw.DateTimeField()
    # Personal data (masked for those who do not need it, in team mode).
    submitter_name = pw.CharField(max_length=60, default="")
    submitter_phone = pw.CharField(max_length=40, default="")  # normalised 010-1234-5678, or as typed
    phone_valid = pw.BooleanField(default=True)
    submitter_address = pw.CharField(max_length=200, default="")
    town = pw.ForeignKeyField(Town, null=True, on_delete="SET NULL")
    # The resident's own words: never edited after intake.
    text = pw.TextField()
    summary = pw.CharField(max_length=120, default="")  # first line of text, for the list
    category = pw.ForeignKeyField(Category, null=True, on_delete="SET NULL")
    topic = pw.ForeignKeyField(Topic, null=True, on_delete="SET NULL")
    department = pw.ForeignKeyField(Department, null=True, on_delete="SET NULL")
    official = pw.ForeignKeyField(Official, null=True, on_delete="SET NULL")
    status = pw.CharField(max_length=20, default="received")  # received, routed, in_review, classified
    classification = pw.CharField(max_length=20, null=True)  # resolved, in_progress, long_term_review, ...
    reason_code = pw.CharField(max_length=30, null=True)
    reason_text = pw.TextField(default="")
    agency = pw.ForeignKeyField(Agency, null=True, on_delete="SET NULL")
    next_review_on = pw.DateField(null=True)
    session = pw.ForeignKeyField(Session, null=True, backref="cases", on_delete="SET NULL")
    duplicate_of = pw.ForeignKeyField("self", null=True, backref="duplicates", on_delete="SET NULL")
    import_key = pw.CharField(max_length=64, null=True, unique=True)  # idempotent gateway imports
    # The id another system gave the case (Open311 service_request_id): re-importing finds it, and an
    # export gives it back, so the other system recognises its own request (schema step 6).
    external_id = pw.CharField(max_length=100, null=True, unique=True)
    # Clocks, computed by the actions from DeadlineRule rows so that lists filter them in SQL.
    promise_due_at = pw.DateTimeField(null=True)
    statutory_due_at = pw.DateTimeField(null=True)
    update_due_at = pw.DateTimeField(null=True)
    first_reply_at = pw.DateTimeField(null=True)  # any reply (receipt notice included)
    # Schema step 8: the kind of petition (domain/petitions.py) and when the resident was told the
    # result (a reply of purpose "result", or a mailed result letter): only that meets the promise and
    # the statutory clocks (법 제27조).
    petition_kind = pw.CharField(max_length=20, null=True)
    result_at = pw.DateTimeField(null=True)
    # The statutory period's extensions (시행령 제21조: once, a second with the resident's consent) and a
    # supplement (보완) awaited since paused_at: its time is not counted (시행령 제20조).
    extensions = pw.IntegerField(default=0, constraints=[pw.SQL("DEFAULT 0")])
    paused_at = pw.DateTimeField(null=True)
    # A referral to another agency: when to ask for its answer, and when it answered.
    referral_remind_on = pw.DateField(null=True)
    agency_answered_at = pw.DateTimeField(null=True)
    last_update_at = pw.DateTimeField(null=True)
    closed_at = pw.DateTimeField(null=True)
    version = pw.IntegerField(default=1)
    created_at = pw.DateTimeField(default=now)
    created_by = pw.ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    updated_at = pw.DateTimeField(default=now)
    updated_by = pw.ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    # Schema step 9. The QR poster the text came from; `qr_tag` keeps a tag naming no known place (or a
    # damaged one) so that it is flagged; how the resident wants to be told (outbox METHODS, '' = as
    # the channel suggests: a text for a text).
    place = pw.ForeignKeyField(Place, null=True, backref="cases", on_delete="SET NULL")
    qr_tag = pw.CharField(max_length=80, default="", constraints=[pw.SQL("DEFAULT ''")])
    reply_by = pw.CharField(max_length=10, default="", constraints=[pw.SQL("DEFAULT ''")])
    # Schema step 11: personal data removed after the retention period (actions/retention.py).
    anonymised_at = pw.DateTimeField(null=True)

    class Meta:
        indexes = (
            (("received_at",), False),
            (("status", "classification"), False),
            (("classification", "next_review_on"), False),
            (("promise_due_at",), False),
            (("statutory_due_at",), False),
            (("update_due_at",), False),
            (("submitter_phone", "received_at"), False),
            # The case list filters on these and shows the newest first: with received_at second,
            # a filtered first page is read in order from the index instead of sorting every match.
            (("department_id", "received_at"), False),
            (("official_id", "received_at"), False),
            (("town_id", "received_at"), False),
            (("channel_id", "received_at"), False),
            (("category_id", "received_at"), False),
            (("session_id", "received_at"), False),
        )


class CaseEvent(BaseModel):
    """Append-only history: who did what to a case, when, before -> after (JSON)."""

    # Cases are never deleted (withdrawn instead), so their history never goes with them.
    # Its index is (case, actor) below: "has this user acted on this case" is read from the index alone
    # ("my cases", queries/case_list.py; schema step 17), and it serves a case's history as well.
    case = pw.ForeignKeyField(Case, backref="events", on_delete="RESTRICT", index=False)
    at = pw.DateTimeField(default=now)
    actor = pw.ForeignKeyField(User, null=True, on_delete="RESTRICT")
    kind = pw.CharField(max_length=30)
    body = pw.TextField(default="")  # note text, reply text, progress text
    before = pw.TextField(default="{}")
    after = pw.TextField(default="{}")

    class Meta:
        indexes = ((("case", "at"), False), (("case", "actor"), False))


class ImportBatch(BaseModel):
    """One file imported (schema step 2): recognised by its bytes' SHA-256, so the same file imported
    again — or by two desks at once — is written once and the second import says when and by whom.

    The row is claimed in its own transaction before any case is written (actions/import_batches.py);
    `owner` names the process importing it now (host, process id, a token), and is cleared when the
    import ends. state: running (someone is importing it, or was until killed), done, interrupted
    (cancelled or failed: the next import of the file completes it)."""

    kind = pw.CharField(max_length=20)  # sms (the gateway's CSV) or ics (an office calendar)
    sha256 = pw.CharField(max_length=64)
    file_name = pw.CharField(max_length=255)
    state = pw.CharField(max_length=20, default="running")
    owner = pw.CharField(max_length=200, default="")
    started_at = pw.DateTimeField(default=now)
    started_by = pw.ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    heartbeat_at = pw.DateTimeField(default=now)  # the last batch committed
    finished_at = pw.DateTimeField(null=True)
    records = pw.IntegerField(default=0)
    imported = pw.IntegerField(default=0)
    duplicates = pw.IntegerField(default=0)
    rejected = pw.IntegerField(default=0)

    class Meta:
        indexes = ((("kind", "sha256"), True),)


class AuditEvent(BaseModel):
    """Append-only record of what is not a case's or a session's own history: sign-ins (and failed
    ones, and lockouts), user changes, exports, and every view of a resident's personal data."""

    at = pw.DateTimeField(default=now)
    actor = pw.ForeignKeyField(User, null=True, backref="+", on_delete="RESTRICT")  # None: unknown login
    login = pw.CharField(max_length=60, default="")  # as typed at sign-in; the actor's login otherwise
    kind = pw.CharField(max_length=30)  # domain/audit.py AUDIT_KINDS
    case = pw.ForeignKeyField(Case, null=True, backref="+", on_delete="RESTRICT")
    subject = pw.ForeignKeyField(User, null=True, backref="+", on_delete="RESTRICT")  # the user changed
    details = pw.TextField(default="{}")  # JSON: before -> after, file, rows, filter ...

    class Meta:
        indexes = ((("at",), False), (("kind", "at"), False))


class OutboxMessage(BaseModel):
    """One message owed to one resident (schema step 9): a text for the gateway, or a letter or call
    for a resident who chose one. States: domain/outbox.py STATES. Sign-off (결재) releases a draft;
    the bulk-send export hands approved texts over; the delivery report closes them."""

    case = pw.ForeignKeyField(Case, backref="outbox", on_delete="RESTRICT")
    method = pw.CharField(max_length=10, default="text")  # text / letter / phone
    purpose = pw.CharField(max_length=20, default="result")
    recipient_name = pw.CharField(max_length=60, default="")
    recipient_phone = pw.CharField(max_length=40, default="")
    message = pw.TextField()
    state = pw.CharField(max_length=20, default="draft")
    batch = pw.CharField(max_length=40, default="")  # the linked residents told together
    created_at = pw.DateTimeField(default=now)
    created_by = pw.ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    approved_at = pw.DateTimeField(null=True)
    approved_by = pw.ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    handed_over_at = pw.DateTimeField(null=True)
    handed_over_file = pw.CharField(max_length=255, default="")
    settled_at = pw.DateTimeField(null=True)  # delivered, failed, phoned or done
    failure_reason = pw.CharField(max_length=200, default="")
    retry_of = pw.ForeignKeyField("self", null=True, backref="retries", on_delete="SET NULL")

    class Meta:
        indexes = ((("state", "method", "created_at"), False),)


class Survey(BaseModel):
    """A resident's answers to the satisfaction survey about one case (DOMAIN.md §5; domain/surveys.py):
    one per case, taken by call, text message or at a session, typed in or imported."""

    case = pw.ForeignKeyField(Case, backref="surveys", unique=True, on_delete="RESTRICT")
    surveyed_at = pw.DateTimeField()
    channel = pw.CharField(max_length=10)  # call / text / session (how the survey was taken)
    satisfaction = pw.IntegerField(null=True)  # 5 very satisfied … 1 very dissatisfied
    would_use_again = pw.CharField(max_length=8, null=True)  # yes / neutral / no
    would_recommend = pw.CharField(max_length=8, null=True)
    wants_continued = pw.CharField(max_length=8, null=True)
    comment = pw.TextField(default="")
    created_at = pw.DateTimeField(default=now)
    created_by = pw.ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")

    class Meta:
        # The briefing counts answers per period and per survey channel.
        indexes = ((("surveyed_at", "channel"), False),)


class ServiceCodeMapping(BaseModel):
    """What an Open311 service_code of another system means here: a category and, optionally, a topic.
    Edited by the administrator (Settings > Open311) or on the spot when an import meets a new code."""

    service_code = pw.CharField(max_length=100, unique=True)
    service_name = pw.CharField(max_length=200, default="")  # as the other system named it, for people
    category = pw.ForeignKeyField(Category, null=True, on_delete="SET NULL")
    topic = pw.ForeignKeyField(Topic, null=True, on_delete="SET NULL")
    updated_at = pw.DateTimeField(default=now)
    updated_by = pw.ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")


class CaseTally(BaseModel):
    """How many cases meet one tally's condition (store/tallies.py), withdrawn cases apart; kept by
    triggers. `slot` 0 is the folded total, any other slot one PostgreSQL transaction's change."""

    name = pw.CharField(max_length=32)
    withdrawn = pw.BooleanField()
    slot = pw.BigIntegerField(default=0)
    cases = pw.BigIntegerField(default=0)

    class Meta:
        primary_key = pw.CompositeKey("name", "withdrawn", "slot")


class CaseMonthFigures(BaseModel):
    """The period figures' counts of the cases received in one month, per channel, category,
    department, official, status and classification (store/month_figures.py; 0 / '' for none), kept
    by triggers. `slot` 0 is the folded total, any other slot one PostgreSQL transaction's change."""

    month = pw.CharField(max_length=7)  # YYYY-MM of received_at
    channel_id = pw.IntegerField()
    category_id = pw.IntegerField()
    department_id = pw.IntegerField()
    official_id = pw.IntegerField()
    status = pw.CharField(max_length=20)
    classification = pw.CharField(max_length=20)
    slot = pw.BigIntegerField(default=0)
    cases = pw.BigIntegerField(default=0)
    replied = pw.BigIntegerField(default=0)
    told = pw.BigIntegerField(default=0)
    promise_told = pw.BigIntegerField(default=0)
    promise_met = pw.BigIntegerField(default=0)
    statutory_told = pw.BigIntegerField(default=0)
    statutory_met = pw.BigIntegerField(default=0)
    update_running = pw.BigIntegerField(default=0)
    resolved_24h = pw.BigIntegerField(default=0)

    class Meta:
        table_name = "case_month_figures"
        primary_key = pw.CompositeKey(
            "month",
            "channel_id",
            "category_id",
            "department_id",
            "official_id",
            "status",
            "classification",
            "slot",
        )


MODELS: list[type[BaseModel]] = [
    SchemaVersion,
    Counter,
    Setting,
    Department,
    Official,
    User,
    Channel,
    Category,
    Topic,
    Town,
    Agency,
    DeadlineRule,
    KindRule,
    SessionRequest,
    Session,
    SessionEvent,
    Place,
    Case,
    CaseEvent,
    ImportBatch,
    AuditEvent,
    Survey,
    ServiceCodeMapping,
    OutboxMessage,
    CaseTally,
    CaseMonthFigures,
]
