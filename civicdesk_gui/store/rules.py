"""Deadline rules read from the database as plain domain data.

The administrator edits the rules while the office works (actions/petition_rules.py), on any desk: the
cache is kept while the number of rule-change audit events stays the same, so a case taken in on another
desk after a change gets the new period without a restart. The count is read once per transaction (an
import batch reads the rules three times a row: counting each time was two thirds of the import)."""

from __future__ import annotations

import weakref

from civicdesk_gui.domain.clocks import Rule
from civicdesk_gui.domain.petitions import KindRule as KindRuleData
from civicdesk_gui.store.database import database_proxy
from civicdesk_gui.store.models import AuditEvent, Category, Channel, DeadlineRule, KindRule, Topic

RULE_CHANGE = "rule_change"  # the audit kind every rule edit writes (domain/audit.py)

_cache: dict[int, tuple[int, list[Rule]]] = {}
_kind_cache: dict[int, tuple[int, list[KindRuleData]]] = {}
# Per database: the outermost open transaction (weakly, so a later one is never mistaken for it) and
# the count read in it.
_pinned: dict[int, tuple[weakref.ref, int]] = {}


def _revision() -> int:
    db = database_proxy.obj
    transactions = getattr(db._state, "transactions", None)
    outermost = transactions[0] if transactions else None
    pinned = _pinned.get(id(db))
    if outermost is not None and pinned is not None and pinned[0]() is outermost:
        return pinned[1]
    revision = AuditEvent.select().where(AuditEvent.kind == RULE_CHANGE).count()
    if outermost is not None:
        _pinned[id(db)] = (weakref.ref(outermost), revision)
    return revision


def load_rules() -> list[Rule]:
    """All rules, cached per database connection object until a rule changes or `invalidate_rules()`."""
    key = id(database_proxy.obj)
    revision = _revision()
    cached = _cache.get(key)
    if cached is None or cached[0] != revision:
        channels = {c.id: c.code for c in Channel.select(Channel.id, Channel.code)}
        categories = {c.id: c.code for c in Category.select(Category.id, Category.code)}
        rules = [
            Rule(
                clock=row.clock,
                channel=channels.get(row.channel_id),
                category=categories.get(row.category_id),
                amount=row.amount,
                unit=row.unit,
                anchor=row.anchor,
                kind=row.kind,
                label=row.label,
                label_en=row.label_en,
            )
            for row in DeadlineRule.select()
        ]
        _cache[key] = cached = (revision, rules)
    return cached[1]


def load_kind_rules() -> list[KindRuleData]:
    """The rules that default a case's kind of petition from its category and topic (cached like
    load_rules)."""
    key = id(database_proxy.obj)
    revision = _revision()
    cached = _kind_cache.get(key)
    if cached is None or cached[0] != revision:
        categories = {c.id: c.code for c in Category.select(Category.id, Category.code)}
        topics = {t.id: t.code for t in Topic.select(Topic.id, Topic.code)}
        rules = [
            KindRuleData(categories.get(row.category_id), topics.get(row.topic_id), row.kind, row.label)
            for row in KindRule.select()
        ]
        _kind_cache[key] = cached = (revision, rules)
    return cached[1]


def invalidate_rules() -> None:
    _cache.clear()
    _kind_cache.clear()
    _pinned.clear()
