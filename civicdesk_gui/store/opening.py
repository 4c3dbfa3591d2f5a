"""The one entry point that opens a database for use: `connect(url)` binds the proxy to SQLite (one
desk) or PostgreSQL (team), checks the server answers, brings the schema up to date and says what
the user should know about it (notices)."""

from __future__ import annotations

from dataclasses import replace

import peewee

from civicdesk_gui.errors import DatabaseError
from civicdesk_gui.store import month_figures, office_settings, schema, tallies
from civicdesk_gui.store.database import (
    DatabaseTarget,
    close,
    database_proxy,
    make_database,
    parse_url,
    set_bound_target,
)
from civicdesk_gui.store.database_errors import damaged, database_error
from civicdesk_gui.store.search import hangul_trigrams_work

NOTICES = {
    "postgres_c_locale": (
        "This PostgreSQL database uses the C locale, in which pg_trgm ignores Hangul: Korean search still "
        "finds everything, but without its index (slow on many cases). Recreate the database with "
        "createdb -T template0 -E UTF8 --locale=C.UTF-8 <name>."
    ),
}


# SQLite's quick_check reads the whole file (measured here: 60 ms of CPU per 40 MB; a million demo
# cases make some 4 GB, several seconds). Above this size a reader that asks (`defer_big_check`)
# does not wait for it: the desk checks in the background once its first screen shows (ui/app.py),
# a read-only command (stats) not at all — reading does not make a damaged file worse, and SQLite
# refuses any damaged page it reads.
CHECK_AT_OPEN_BYTES = 256 * 1024 * 1024


def check_deferred(target: DatabaseTarget) -> bool:
    """True when `target` is a SQLite file too big to check before a reader may start."""
    if target.backend != "sqlite" or target.path is None:
        return False
    try:
        return target.path.stat().st_size > CHECK_AT_OPEN_BYTES
    except OSError:
        return False  # not there (yet): nothing to check, or the opening says why


def connect(
    url: str,
    *,
    must_exist: bool = False,
    migrate: bool = True,
    check: bool = True,
    defer_big_check: bool = False,
) -> DatabaseTarget:
    """Bind the proxy to `url`, check the server answers (SQLite: that the file is sound — for a big
    file not now when `defer_big_check`, see CHECK_AT_OPEN_BYTES), and bring the schema and the office
    settings up to date."""
    target = parse_url(url)
    if check and defer_big_check and check_deferred(target):
        check = False
    db = make_database(target, must_exist=must_exist)
    close()  # the database bound until now: its connection would stay open until garbage-collected
    database_proxy.initialize(db)
    set_bound_target(target)
    try:
        db.connect(reuse_if_open=True)
        if check and target.backend == "sqlite":
            quick_check(db, target)
        if migrate:
            schema.ensure_schema(target)
            office_settings.upgrade_office_settings()
            tallies.fold_tallies(db)
            month_figures.fold_month_figures(db)
        target = replace(target, notices=_notices(target))
        set_bound_target(target)
    except (peewee.DatabaseError, peewee.InterfaceError) as exc:
        # Server down, wrong password, locked, damaged or foreign file: one line for the user, since
        # drivers' messages span several.
        db.close()
        known = database_error(exc, target)
        if known is not None:
            raise known from exc
        reason = " ".join(str(exc).split())
        raise DatabaseError(
            "database.cannot_open", {"database": target.display_name, "reason": reason}
        ) from exc
    except BaseException:
        db.close()
        raise
    return target


def check_now(target: DatabaseTarget) -> None:
    """The check a deferred opening left out, on this thread's connection (DatabaseDamagedError)."""
    try:
        quick_check(database_proxy.obj, target)
    except peewee.DatabaseError as exc:  # a page so damaged that the check itself fails
        raise damaged(target, " ".join(str(exc).split())) from exc


def quick_check(db: peewee.Database, target: DatabaseTarget) -> None:
    """SQLite's quick_check (about 1 s per 300 MB): a damaged file is refused before anything reads
    or writes it, with the latest backup named."""
    problems = [row[0] for row in db.execute_sql("PRAGMA quick_check(3)").fetchall()]
    if problems != ["ok"]:
        raise damaged(target, " ".join("; ".join(problems).split()))


def _notices(target: DatabaseTarget) -> tuple[str, ...]:
    if target.backend == "postgresql" and not hangul_trigrams_work(database_proxy.obj):
        return ("postgres_c_locale",)
    return ()
