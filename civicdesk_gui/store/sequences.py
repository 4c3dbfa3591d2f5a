"""Gap-free named counters for public numbers (case numbers, register numbers): never reused.

An UPDATE ... SET value = value + 1 takes the row lock (PostgreSQL) or the write lock (SQLite), so two
desks drawing at once get different numbers; the number is only kept if the caller's transaction commits.
"""

from __future__ import annotations

import peewee

from civicdesk_gui.store import prepared
from civicdesk_gui.store.database import database_proxy
from civicdesk_gui.store.models import Counter


def _bump(name: str):
    return Counter.update(value=Counter.value + 1).where(Counter.name == name).returning(Counter.value)


def next_value(name: str) -> int:
    """The next value: one statement prepared once (a letter batch draws a number per letter); the
    counter's row is made on its first use."""
    row = prepared.execute("counter_next", _bump, name).fetchone()
    if row is not None:
        return row[0]
    with database_proxy.atomic():
        try:
            with database_proxy.atomic():
                Counter.create(name=name, value=1)
            return 1
        except peewee.IntegrityError:  # another desk made it meanwhile
            return prepared.execute("counter_next", _bump, name).fetchone()[0]


def peek_value(name: str) -> int:
    row = Counter.get_or_none(Counter.name == name)
    return row.value if row else 0


def reserve_values(name: str, count: int) -> int:
    """Draw `count` consecutive values at once (a batch of cases); return the first of them. Gap-free
    like next_value: they are only kept if the caller's transaction commits."""
    if count < 1:  # nothing drawn
        return peek_value(name) + 1
    with database_proxy.atomic():
        updated = Counter.update(value=Counter.value + count).where(Counter.name == name).execute()
        if not updated:
            try:
                with database_proxy.atomic():
                    Counter.create(name=name, value=count)
                return 1
            except peewee.IntegrityError:
                Counter.update(value=Counter.value + count).where(Counter.name == name).execute()
        return Counter.get_by_id(name).value - count + 1
