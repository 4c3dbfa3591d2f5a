"""A team database in the C locale is flagged: pg_trgm sees no Hangul there (tech notes §4)."""

from __future__ import annotations

import uuid

import psycopg
import pytest

from civicdesk_gui.store import database, opening
from civicdesk_gui.store.rules import invalidate_rules

pytestmark = pytest.mark.postgres


def _create(admin_url: str, locale: str) -> str:
    name = f"civicdesk_locale_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(
            f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE '{locale}' LC_CTYPE '{locale}'"
        )
    return name


def _drop(admin_url: str, name: str) -> None:
    database.close()
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.mark.parametrize(("locale", "expected"), [("C", ("postgres_c_locale",)), ("C.UTF-8", ())])
def test_c_locale_database_is_flagged(pg_url, locale, expected):
    server = pg_url.rsplit("/", 1)[0]
    admin_url = f"{server}/postgres"
    name = _create(admin_url, locale)
    try:
        invalidate_rules()
        target = opening.connect(f"{server}/{name}")
        assert target.notices == expected
        assert all(code in opening.NOTICES for code in target.notices)
    finally:
        _drop(admin_url, name)
