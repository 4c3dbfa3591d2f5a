"""Shared fixtures: a real SQLite file per test, and a real PostgreSQL database for team-mode tests."""

from __future__ import annotations

import os
import tempfile
import uuid

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")
# Desk preferences (QSettings), the default data folder and the cache go to a throwaway home, never the
# tester's.
_TEST_HOME = tempfile.mkdtemp(prefix="civicdesk-test-home-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_TEST_HOME, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_TEST_HOME, "data")
os.environ["XDG_CACHE_HOME"] = os.path.join(_TEST_HOME, "cache")  # the letter fonts' metrics

import pytest  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402

# The mayor's self-signed certificate (fixture `certificate`) for the letters' signature tests.
pytest_plugins = ["tests.signing_helpers"]

# Property tests run 250 examples each in CI and a quick 60 at a desk; HYPOTHESIS_PROFILE=ci runs the
# CI amount anywhere, HYPOTHESIS_PROFILE=soak 2,000 (the long fuzzing runs quoted in the README; CI
# has 15 minutes for the whole suite and the installer). Tests that set max_examples keep theirs.
# Deadlines are off: a shared CI machine is not a benchmark.
settings.register_profile(
    "ci", max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True
)
settings.register_profile(
    "soak", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True
)
settings.register_profile("dev", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") == "true" else "dev")
)

from civicdesk_gui.ui.shell.qt_runtime import pin_python_singletons  # noqa: E402

# pytest-qt creates the QApplication itself, so the app's start-up guard is applied here too.
pin_python_singletons()

from civicdesk_gui.store import database, opening  # noqa: E402
from civicdesk_gui.store.rules import invalidate_rules  # noqa: E402

PG_URL = os.environ.get("CIVICDESK_TEST_PG_URL")


@pytest.fixture
def sqlite_url(tmp_path):
    return f"sqlite:///{tmp_path / 'civicdesk.db'}"


@pytest.fixture
def sqlite_db(sqlite_url):
    """A fresh CivicDesk database in a real SQLite file."""
    invalidate_rules()
    target = opening.connect(sqlite_url)
    yield target
    database.close()
    invalidate_rules()


def _pg_admin():
    import psycopg

    return psycopg.connect(PG_URL, autocommit=True)


@pytest.fixture
def pg_url():
    """A fresh, empty PostgreSQL database (C.UTF-8, so pg_trgm sees Hangul) on the loopback test server."""
    if not PG_URL:
        if os.environ.get("CI") == "true":
            pytest.fail("CIVICDESK_TEST_PG_URL is not set: the PostgreSQL test server did not start")
        pytest.skip("no PostgreSQL test server (run the tests through ./dev test)")
    name = f"civicdesk_test_{uuid.uuid4().hex[:12]}"
    with _pg_admin() as conn:
        conn.execute(
            f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"
        )
    base = PG_URL.rsplit("/", 1)[0]
    yield f"{base}/{name}"
    database.close()
    with _pg_admin() as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def pg_db(pg_url):
    invalidate_rules()
    target = opening.connect(pg_url)
    yield target
    database.close()
    invalidate_rules()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_db(request):
    """The same test on both backends: nothing in the store may assume SQLite."""
    fixture = "sqlite_db" if request.param == "sqlite" else "pg_db"
    return request.getfixturevalue(fixture)


@pytest.fixture
def actor(any_db):
    from civicdesk_gui.actions.actor import ensure_user

    return ensure_user("tester", display_name="시험 사용자")


@pytest.fixture
def admin(any_db):
    """The office's administrator (settings, templates, users)."""
    from civicdesk_gui.actions.actor import ensure_user

    return ensure_user("admin", display_name="정관리", role="admin")
