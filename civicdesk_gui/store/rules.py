"""Deadline rules read from the database as plain domain data."""

from __future__ import annotations

from civicdesk_gui.domain.clocks import Rule
from civicdesk_gui.store.database import database_proxy
from civicdesk_gui.store.models import Category, Channel, DeadlineRule

_cache: dict[int, list[Rule]] = {}


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
            )
            for row in DeadlineRule.select()
        ]
    return _cache[key]


def invalidate_rules() -> None:
    _cache.clear()
