"""The administrator edits the kind rules and the deadline rules (Settings › Petition kinds and
periods), on both back ends: each edit is one audited action, checked and refused to others; a case
received afterwards gets the new period, a case received before keeps its due time."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from civicdesk_gui.actions import cases
from civicdesk_gui.actions import petition_rules as rules
from civicdesk_gui.actions.actor import ensure_user
from civicdesk_gui.domain.clocks import Period
from civicdesk_gui.errors import NotFoundError, PermissionDenied, ValidationError
from civicdesk_gui.queries.case_detail import load_case_detail
from civicdesk_gui.queries.petition_rules import deadline_rule_rows, kind_rule_rows
from civicdesk_gui.store.models import AuditEvent, Case, DeadlineRule, KindRule, Topic
from civicdesk_gui.store.rules import load_kind_rules, load_rules

D = dt.datetime
RECEIVED = D(2026, 3, 9, 10, 0)  # a Monday


@pytest.fixture
def admin(any_db):
    return ensure_user("admin1", display_name="정관리", role="admin")


def _rule_events() -> list[dict]:
    return [
        json.loads(e.details)
        for e in AuditEvent.select().where(AuditEvent.kind == "rule_change").order_by(AuditEvent.id)
    ]


def _grievance_rule() -> DeadlineRule:
    return DeadlineRule.get((DeadlineRule.clock == "statutory") & (DeadlineRule.kind == "grievance"))


def _intake(actor, *, at: dt.datetime = RECEIVED, category: str = "civil_complaint", kind: str | None = None):
    return cases.intake_case(
        channel="text",
        text="보도블록 파손 신고를 했는데 처리가 안 됩니다",
        category=category,
        petition_kind=kind,
        submitter_name="김민원",
        submitter_phone="010-1234-5678",
        received_at=at,
        at=at,
        actor=actor,
    ).case_id


def test_a_changed_period_applies_to_cases_received_afterwards(admin):
    before = _intake(admin, kind="grievance")
    old_due = Case.get_by_id(before).statutory_due_at
    assert old_due == D(2026, 3, 17, 18, 0)  # 7 days, the first counted, weekends not
    rule = _grievance_rule()
    result = rules.change_deadline_rule(
        rule_id=rule.id,
        amount=10,
        unit="statutory_days",
        label="고충민원 10일 — 조례",
        label_en="Grievance, 10 days — city ordinance",
        actor=admin,
    )
    assert result.changes.touches_reference("petition_rules") and result.changes.touches_reference("audit")
    after = _intake(admin, kind="grievance")
    assert Case.get_by_id(after).statutory_due_at == Period(10, "statutory_days").due_from(RECEIVED)
    assert Case.get_by_id(after).statutory_due_at == D(2026, 3, 20, 18, 0)
    assert Case.get_by_id(before).statutory_due_at == old_due  # the stored due time stays
    detail = load_case_detail(after)
    assert detail.rule_labels["statutory"] == "고충민원 10일 — 조례"
    assert detail.rule_label("statutory", "en") == "Grievance, 10 days — city ordinance"
    assert "statutory" not in detail.rules_changed_since
    # The case received before keeps its 7 days: the pane must not name the 10-day rule as their source.
    earlier = load_case_detail(before)
    assert earlier.rules_changed_since == {"statutory"}
    assert earlier.rule_label("statutory", "ko") == "" and earlier.rule_labels["promise"]
    (event,) = _rule_events()
    assert event["change"] == "change" and event["table"] == "deadline_rule"
    assert event["before"]["amount"] == 7 and event["after"]["amount"] == 10


def test_adding_and_removing_a_period_rule(admin):
    added = rules.add_deadline_rule(
        clock="promise",
        kind=None,
        channel="text",
        category="safety",
        amount=24,
        unit="hours",
        label="안전 신고 24시간 회신",
        label_en="Safety report: result within 24 hours",
        actor=admin,
    )
    row = DeadlineRule.get_by_id(added.rule_id)
    assert (row.amount, row.unit, row.label_en) == (24, "hours", "Safety report: result within 24 hours")
    case_id = _intake(admin, category="safety")
    assert Case.get_by_id(case_id).promise_due_at == RECEIVED + dt.timedelta(hours=24)
    assert any(r.id == added.rule_id and r.channel == "text" for r in deadline_rule_rows())
    with pytest.raises(ValidationError) as twice:
        rules.add_deadline_rule(
            clock="promise", kind=None, channel="text", category="safety", amount=12, unit="hours",
            label="중복", actor=admin,
        )  # fmt: skip
    assert twice.value.code == "rule.deadline_duplicate"
    rules.remove_deadline_rule(rule_id=added.rule_id, actor=admin)
    assert DeadlineRule.get_or_none(DeadlineRule.id == added.rule_id) is None
    later = _intake(admin, category="safety", at=RECEIVED + dt.timedelta(hours=1))
    assert Case.get_by_id(later).promise_due_at == RECEIVED + dt.timedelta(hours=49)  # 바로문자 48시간
    assert [e["change"] for e in _rule_events()] == ["add", "remove"]


def test_period_rules_are_checked(admin):
    rule = _grievance_rule()
    for amount, unit, code in ((0, "statutory_days", "rule.amount"), (-3, "days", "rule.amount"),
                               (400, "days", "rule.amount"), (7, "fortnights", "rule.unit_unknown")):  # fmt: skip
        with pytest.raises(ValidationError) as refused:
            rules.change_deadline_rule(rule_id=rule.id, amount=amount, unit=unit, label="x", actor=admin)
        assert refused.value.code == code
    with pytest.raises(ValidationError) as empty:
        rules.change_deadline_rule(rule_id=rule.id, amount=7, unit="statutory_days", label=" ", actor=admin)
    assert empty.value.code == "rule.label_empty"
    with pytest.raises(ValidationError) as only:
        rules.remove_deadline_rule(rule_id=rule.id, actor=admin)
    assert only.value.code == "rule.only_one"  # the only statutory rule for 고충민원
    monthly = DeadlineRule.get(DeadlineRule.clock == "monthly_update")
    with pytest.raises(ValidationError):
        rules.remove_deadline_rule(rule_id=monthly.id, actor=admin)
    with pytest.raises(ValidationError) as clock:
        rules.add_deadline_rule(clock="weekly", kind=None, channel=None, category=None, amount=1,
                                unit="days", label="x", actor=admin)  # fmt: skip
    assert clock.value.code == "rule.clock_unknown"
    with pytest.raises(NotFoundError):
        rules.change_deadline_rule(rule_id=999_999, amount=7, unit="days", label="x", actor=admin)
    assert _grievance_rule().amount == 7 and _rule_events() == []


def test_kind_rules_added_changed_and_removed(admin):
    welfare = Topic.get(Topic.code == "welfare")
    existing = KindRule.get(KindRule.topic == welfare.id)
    rules.change_kind_rule(rule_id=existing.id, kind="inquiry_law", label="복지 법령 문의", actor=admin)
    assert KindRule.get_by_id(existing.id).kind == "inquiry_law"
    assert any(r.topic == "welfare" and r.kind == "inquiry_law" for r in load_kind_rules())
    parking = Topic.get(Topic.code == "parking")
    added = rules.add_kind_rule(
        category=None, topic_id=parking.id, kind="grievance", label="주정차: 고충민원", actor=admin
    )
    case_id = cases.intake_case(
        channel="text", text="주차 단속이 부당합니다", topic_id=parking.id, submitter_name="김민원",
        submitter_phone="010-1234-5678", received_at=RECEIVED, at=RECEIVED, actor=admin,
    ).case_id  # fmt: skip
    assert Case.get_by_id(case_id).petition_kind == "grievance"
    with pytest.raises(ValidationError) as twice:
        rules.add_kind_rule(category=None, topic_id=parking.id, kind="other", label="중복", actor=admin)
    assert twice.value.code == "rule.kind_duplicate"
    with pytest.raises(ValidationError) as elsewhere:
        rules.add_kind_rule(category="gratitude", topic_id=parking.id, kind="other", label="x", actor=admin)
    assert elsewhere.value.code == "rule.topic_category"
    with pytest.raises(ValidationError) as unknown:
        rules.add_kind_rule(category=None, topic_id=None, kind="complaint", label="x", actor=admin)
    assert unknown.value.code == "case.unknown_petition_kind"
    rules.remove_kind_rule(rule_id=added.rule_id, actor=admin)
    assert all(r.id != added.rule_id for r in kind_rule_rows())
    default = KindRule.get(KindRule.category.is_null() & KindRule.topic.is_null())
    with pytest.raises(ValidationError) as needed:
        rules.remove_kind_rule(rule_id=default.id, actor=admin)
    assert needed.value.code == "rule.default_kind_rule"
    assert [e["change"] for e in _rule_events()] == ["change", "add", "remove"]


def test_a_coordinator_cannot_edit_rules_and_nothing_is_written(admin):
    coordinator = ensure_user("coord", display_name="김소통")
    rule = _grievance_rule()
    kind_rule = KindRule.get(KindRule.category.is_null() & KindRule.topic.is_null())
    attempts = [
        lambda: rules.change_deadline_rule(
            rule_id=rule.id, amount=3, unit="days", label="x", actor=coordinator
        ),
        lambda: rules.add_deadline_rule(
            clock="promise",
            kind=None,
            channel="phone",
            category="safety",
            amount=3,
            unit="days",
            label="x",
            actor=coordinator,
        ),  # fmt: skip
        lambda: rules.remove_deadline_rule(rule_id=rule.id, actor=coordinator),
        lambda: rules.change_kind_rule(rule_id=kind_rule.id, kind="grievance", label="x", actor=coordinator),
        lambda: rules.add_kind_rule(
            category="safety", topic_id=None, kind="grievance", label="x", actor=coordinator
        ),  # fmt: skip
        lambda: rules.remove_kind_rule(rule_id=kind_rule.id, actor=coordinator),
    ]
    for attempt in attempts:
        with pytest.raises(PermissionDenied):
            attempt()
    assert _grievance_rule().amount == 7 and _rule_events() == []
    assert KindRule.get_by_id(kind_rule.id).kind == "other"


def test_another_desk_sees_a_rule_change_without_a_restart(admin):
    """The rule cache follows the rule-change audit events: a desk that cached the rules before an
    edit made elsewhere (here: rows written as another desk's action would, plus its audit event)
    reads the new ones."""
    assert next(r for r in load_rules() if r.kind == "grievance").amount == 7
    rule = _grievance_rule()
    DeadlineRule.update(amount=9).where(DeadlineRule.id == rule.id).execute()
    assert next(r for r in load_rules() if r.kind == "grievance").amount == 7  # cached
    AuditEvent.create(kind="rule_change", actor=admin.id, login=admin.login, details="{}")
    assert next(r for r in load_rules() if r.kind == "grievance").amount == 9


def test_built_in_rules_have_english_labels(any_db):
    rows = {r.label: r.label_en for r in deadline_rule_rows()}
    assert rows["고충민원 7일 — 시행령 제17조"] == "Grievance, 7 days — Enforcement Decree Art. 17"
    assert rows["바로문자 48시간 회신"] == "Text message: result within 48 hours"
    assert all(rows.values())


def test_the_rule_revision_is_read_once_a_transaction(admin, monkeypatch):
    """An import batch reads the rules three times a row in one transaction: the rule-change count is
    read once in it (counting each time was two thirds of the import), and again in the next one."""
    from civicdesk_gui.store.database import database_proxy

    db = database_proxy.obj
    counts: list[str] = []
    execute_sql = db.execute_sql

    def noting_counts(sql, params=None, *args, **kwargs):
        if "audit_event" in sql and "COUNT" in sql.upper():
            counts.append(sql)
        return execute_sql(sql, params, *args, **kwargs)

    monkeypatch.setattr(db, "execute_sql", noting_counts)
    with database_proxy.atomic():
        for _ in range(5):
            load_rules()
            load_kind_rules()
    assert len(counts) == 1
    with database_proxy.atomic():
        load_rules()
    assert len(counts) == 2


def test_a_rule_changed_inside_a_transaction_is_read_in_it(admin):
    from civicdesk_gui.store.database import database_proxy

    rule = _grievance_rule()
    with database_proxy.atomic():
        assert next(r for r in load_rules() if r.kind == "grievance").amount == 7
        rules.change_deadline_rule(
            rule_id=rule.id, amount=9, unit="statutory_days", label="고충민원 9일", actor=admin
        )
        assert next(r for r in load_rules() if r.kind == "grievance").amount == 9
        case_id = _intake(admin, kind="grievance")
    assert Case.get_by_id(case_id).statutory_due_at == Period(9, "statutory_days").due_from(RECEIVED)
