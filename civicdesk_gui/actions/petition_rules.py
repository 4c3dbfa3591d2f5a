"""The administrator edits the office's reading of the Civil Petitions Act: the kind rules (which
kind of petition a case is by default, from its category and topic) and the deadline rules (each
clock's period per kind of petition, channel and category, with its legal basis as the label).

A rule applies to what is computed after it changes: a case taken in afterwards, or a case whose
category or kind is changed afterwards (those actions count its clocks again from receipt). The due
times of existing cases are stored columns and stay as they were, so a change never moves a deadline
a resident was already promised. Every edit is one audited action (audit kind "rule_change"), and the
rule cache of every desk notices it (store/rules.py)."""

from __future__ import annotations

from dataclasses import dataclass

from civicdesk_gui.actions.audit import AUDIT_CHANGED, append_audit
from civicdesk_gui.actions.permission import require
from civicdesk_gui.domain import petitions, rule_terms
from civicdesk_gui.domain.actor import Actor
from civicdesk_gui.domain.changes import Changes
from civicdesk_gui.domain.clocks import UNITS
from civicdesk_gui.domain.vocabulary import CLOCKS
from civicdesk_gui.errors import NotFoundError, ValidationError
from civicdesk_gui.store.database import database_proxy
from civicdesk_gui.store.models import Category, Channel, DeadlineRule, KindRule, Topic
from civicdesk_gui.store.rules import RULE_CHANGE, invalidate_rules

RULES_CHANGED = Changes.of(reference={"petition_rules"})  # the rules page and the detail pane listen


@dataclass(frozen=True)
class RuleChange:
    table: str  # kind_rule | deadline_rule
    rule_id: int
    changes: Changes


def _labels(label: str, label_en: str = "") -> tuple[str, str]:
    label, label_en = label.strip(), label_en.strip()
    if not label:
        raise ValidationError("rule.label_empty", field="label")
    if len(label) > DeadlineRule.label.max_length:
        raise ValidationError("rule.label_too_long", {"limit": DeadlineRule.label.max_length}, field="label")
    if len(label_en) > DeadlineRule.label_en.max_length:
        raise ValidationError(
            "rule.label_too_long", {"limit": DeadlineRule.label_en.max_length}, field="label_en"
        )
    return label, label_en


def _kind(kind: str | None) -> str | None:
    if kind is not None and kind not in petitions.PETITION_KINDS:
        raise ValidationError("case.unknown_petition_kind", {"kind": kind}, field="kind")
    return kind


def _period(amount: int, unit: str) -> None:
    if unit not in UNITS:
        raise ValidationError("rule.unit_unknown", {"unit": unit}, field="unit")
    limit = rule_terms.max_amount(unit)
    if isinstance(amount, bool) or not isinstance(amount, int) or not 1 <= amount <= limit:
        raise ValidationError("rule.amount", {"limit": limit}, field="amount")


def _audit(actor: Actor, table: str, what: str, rule_id: int, before: dict, after: dict) -> None:
    append_audit(
        RULE_CHANGE,
        actor=actor,
        details={"table": table, "change": what, "id": rule_id, "before": before, "after": after},
    )
    invalidate_rules()  # this desk reads the changed rules at once, even in the same transaction


def _done(table: str, rule_id: int) -> RuleChange:
    return RuleChange(table, rule_id, RULES_CHANGED | AUDIT_CHANGED)


# ------------------------------------------------------------------------------------ kind rules


def _kind_rule_row(rule: KindRule) -> dict:
    return {
        "category": rule.category.code if rule.category_id else None,
        "topic": rule.topic.code if rule.topic_id else None,
        "kind": rule.kind,
        "label": rule.label,
    }


def add_kind_rule(
    *, category: str | None, topic_id: int | None, kind: str | None, label: str, actor: Actor
) -> RuleChange:
    """A new kind rule for a category (None: any) and topic (None: any). kind None: not a petition
    under the Act (no statutory period), as for encouragement and thanks."""
    kind = _kind(kind)
    label, _ = _labels(label)
    with database_proxy.atomic():
        require(actor, "rules.edit")
        category_row = _lookup(Category, Category.code, category, "category")
        topic_row = _lookup(Topic, Topic.id, topic_id, "topic")
        if topic_row is not None and category_row is not None and topic_row.category_id != category_row.id:
            raise ValidationError("rule.topic_category", {"topic": topic_row.name_ko}, field="topic")
        clash = KindRule.select(KindRule.id).where(
            _is(KindRule.category, category_row) & _is(KindRule.topic, topic_row)
        )
        if clash.exists():
            raise ValidationError("rule.kind_duplicate", field="category")
        rule = KindRule.create(category=category_row, topic=topic_row, kind=kind, label=label)
        _audit(actor, "kind_rule", "add", rule.id, {}, _kind_rule_row(rule))
    return _done("kind_rule", rule.id)


def change_kind_rule(*, rule_id: int, kind: str | None, label: str, actor: Actor) -> RuleChange:
    """Another kind (or none) and label for a rule; its category and topic stay (add another rule)."""
    kind = _kind(kind)
    label, _ = _labels(label)
    with database_proxy.atomic():
        require(actor, "rules.edit")
        rule = _get(KindRule, rule_id)
        before = _kind_rule_row(rule)
        KindRule.update(kind=kind, label=label).where(KindRule.id == rule_id).execute()
        _audit(actor, "kind_rule", "change", rule_id, before, {**before, "kind": kind, "label": label})
    return _done("kind_rule", rule_id)


def remove_kind_rule(*, rule_id: int, actor: Actor) -> RuleChange:
    """Remove a kind rule; the rule for any category and topic stays (every case needs a kind)."""
    with database_proxy.atomic():
        require(actor, "rules.edit")
        rule = _get(KindRule, rule_id)
        if rule.category_id is None and rule.topic_id is None:
            raise ValidationError("rule.default_kind_rule", field="rule")
        before = _kind_rule_row(rule)
        KindRule.delete().where(KindRule.id == rule_id).execute()
        _audit(actor, "kind_rule", "remove", rule_id, before, {})
    return _done("kind_rule", rule_id)


# -------------------------------------------------------------------------------- deadline rules


def _deadline_rule_row(rule: DeadlineRule) -> dict:
    return {
        "clock": rule.clock,
        "kind": rule.kind,
        "channel": rule.channel.code if rule.channel_id else None,
        "category": rule.category.code if rule.category_id else None,
        "amount": rule.amount,
        "unit": rule.unit,
        "anchor": rule.anchor,
        "label": rule.label,
        "label_en": rule.label_en,
    }


def add_deadline_rule(
    *,
    clock: str,
    kind: str | None,
    channel: str | None,
    category: str | None,
    amount: int,
    unit: str,
    label: str,
    label_en: str = "",
    anchor: str = "received",
    actor: Actor,
) -> RuleChange:
    """A new period for a clock, for a kind of petition, channel and category (None: any); the most
    specific rule wins (domain/clocks.pick_rule)."""
    if clock not in CLOCKS:
        raise ValidationError("rule.clock_unknown", {"clock": clock}, field="clock")
    if anchor not in rule_terms.RULE_ANCHORS:
        raise ValidationError("rule.anchor_unknown", {"anchor": anchor}, field="anchor")
    kind = _kind(kind)
    _period(amount, unit)
    label, label_en = _labels(label, label_en)
    with database_proxy.atomic():
        require(actor, "rules.edit")
        channel_row = _lookup(Channel, Channel.code, channel, "channel")
        category_row = _lookup(Category, Category.code, category, "category")
        clash = DeadlineRule.select(DeadlineRule.id).where(
            (DeadlineRule.clock == clock)
            & (DeadlineRule.kind.is_null() if kind is None else DeadlineRule.kind == kind)
            & _is(DeadlineRule.channel, channel_row)
            & _is(DeadlineRule.category, category_row)
        )
        if clash.exists():
            raise ValidationError("rule.deadline_duplicate", field="clock")
        rule = DeadlineRule.create(
            clock=clock,
            kind=kind,
            channel=channel_row,
            category=category_row,
            amount=amount,
            unit=unit,
            anchor=anchor,
            label=label,
            label_en=label_en,
        )
        _audit(actor, "deadline_rule", "add", rule.id, {}, _deadline_rule_row(rule))
    return _done("deadline_rule", rule.id)


def change_deadline_rule(
    *, rule_id: int, amount: int, unit: str, label: str, label_en: str = "", actor: Actor
) -> RuleChange:
    """Another period (and its legal basis in both languages) for a rule; what it is for stays."""
    _period(amount, unit)
    label, label_en = _labels(label, label_en)
    with database_proxy.atomic():
        require(actor, "rules.edit")
        rule = _get(DeadlineRule, rule_id)
        before = _deadline_rule_row(rule)
        DeadlineRule.update(amount=amount, unit=unit, label=label, label_en=label_en).where(
            DeadlineRule.id == rule_id
        ).execute()
        after = {**before, "amount": amount, "unit": unit, "label": label, "label_en": label_en}
        _audit(actor, "deadline_rule", "change", rule_id, before, after)
    return _done("deadline_rule", rule_id)


def remove_deadline_rule(*, rule_id: int, actor: Actor) -> RuleChange:
    """Remove a period rule, unless it is the only one for its clock and kind of petition (a case of
    that kind would lose its clock: change the period instead)."""
    with database_proxy.atomic():
        require(actor, "rules.edit")
        rule = _get(DeadlineRule, rule_id)
        siblings = DeadlineRule.select(DeadlineRule.id).where(
            (DeadlineRule.clock == rule.clock)
            & (DeadlineRule.kind.is_null() if rule.kind is None else DeadlineRule.kind == rule.kind)
            & (DeadlineRule.id != rule_id)
        )
        if not siblings.exists():
            raise ValidationError("rule.only_one", field="rule")
        before = _deadline_rule_row(rule)
        DeadlineRule.delete().where(DeadlineRule.id == rule_id).execute()
        _audit(actor, "deadline_rule", "remove", rule_id, before, {})
    return _done("deadline_rule", rule_id)


# ------------------------------------------------------------------------------------------ helpers


def _get(model, rule_id: int):
    row = model.get_or_none(model.id == rule_id)
    if row is None:
        raise NotFoundError("rule.not_found", {"id": rule_id})
    return row


def _lookup(model, column, key, record: str):
    if key is None:
        return None
    row = model.get_or_none(column == key)
    if row is None:
        raise ValidationError("record.unknown", {"record": record, "key": key}, field=record)
    return row


def _is(field, row):
    return field.is_null() if row is None else field == row.id
