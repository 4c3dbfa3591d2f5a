"""Binding the one database proxy: opening another database closes the one bound before."""

from __future__ import annotations

from civicdesk_gui.store import database, opening


def test_connecting_again_closes_the_database_bound_before(sqlite_url, tmp_path):
    opening.connect(sqlite_url)
    first = database.database_proxy.obj
    try:
        opening.connect(f"sqlite:///{tmp_path / 'other.db'}")
        # Left open, its connection would live until garbage collection (psycopg warns then).
        assert first.is_closed()
        assert not database.database_proxy.obj.is_closed()
    finally:
        database.close()
