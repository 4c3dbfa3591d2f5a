"""Deadline rules read from the database as plain domain data."""

from __future__ import annotations

from civicdesk_gui.domain.clocks import Rule
from civicdesk_gui.domain.petitions import KindRule as KindRuleData
from civicdesk_gui.store.database import database_proxy
from civicdesk_gui.store.models import Category, Channel, DeadlineRule, KindRule, Topic

_cache: dict[int, list[Rule]] = {}
_kind_cache: dict[int, list[KindRuleData]] = {}


def load_rules() -> list[Rule]:
    """All rules, cached per database connection object until `invalidate_rules()`."""
    key = id(database_proxy.obj)
    if key not in _cache:
        channels = {c.id: c.code for c in Channel.select(Channel.id, Channel.code)}
        categories = {c.id: c.code for c in Category.select(Category.id, Category.code)}
        _cache[key] = [
            Rule(
                clock=row.clock,
                channel=channels.get(row.channel_id),
                category=categories.get(row.category_id),
                amount=row.amount,
                unit=row.unit,
                anchor=row.anchor,
                kind=row.kind,
                label=row.label,
            )
            for row in DeadlineRule.select()
        ]
    return _cache[key]


def load_kind_rules() -> list[KindRuleData]:
    """The rules that default a case's kind of petition from its category and topic (cached like
    load_rules)."""
    key = id(database_proxy.obj)
    if key not in _kind_cache:
        categories = {c.id: c.code for c in Category.select(Category.id, Category.code)}
        topics = {t.id: t.code for t in Topic.select(Topic.id, Topic.code)}
        _kind_cache[key] = [
            KindRuleData(categories.get(row.category_id), topics.get(row.topic_id), row.kind, row.label)
            for row in KindRule.select()
        ]
    return _kind_cache[key]


def invalidate_rules() -> None:
    _cache.clear()
    _kind_cache.clear()
