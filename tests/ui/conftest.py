"""GUI test fixtures: an AppContext on a real SQLite file, and a few officials to assign."""

from __future__ import annotations

import pytest

from civicdesk_gui.store.models import Department, Official


@pytest.fixture(autouse=True)
def fresh_signal_bus():
    """Each test gets its own change bus, so screens left over from earlier tests hear nothing."""
    from civicdesk_gui.ui.shell import signals

    signals._bus = None
    yield
    signals._bus = None


@pytest.fixture
def desk_actor(sqlite_db):
    from civicdesk_gui.actions.actor import ensure_user

    return ensure_user("coordinator", display_name="김소통")


@pytest.fixture
def other_actor(sqlite_db):
    from civicdesk_gui.actions.actor import ensure_user

    return ensure_user("colleague", display_name="박동료")


@pytest.fixture
def context(sqlite_db, desk_actor):
    from civicdesk_gui.ui.shell.context import AppContext

    return AppContext(actor=desk_actor, database=sqlite_db)


@pytest.fixture
def admin_context(sqlite_db):
    """The administrator's desk: settings, templates, users, the audit log."""
    from civicdesk_gui.actions.actor import ensure_user
    from civicdesk_gui.ui.shell.context import AppContext

    return AppContext(actor=ensure_user("admin", display_name="정관리", role="admin"), database=sqlite_db)


@pytest.fixture
def officials(sqlite_db):
    roads = Department.get(Department.name == "도로관리과")
    parks = Department.get(Department.name == "공원녹지과")
    return {
        "roads_lead": Official.create(name="이도로", rank="팀장", department=roads, is_responsible=True),
        "roads_staff": Official.create(name="최보수", rank="주무관", department=roads),
        "parks_lead": Official.create(name="정공원", rank="팀장", department=parks, is_responsible=True),
    }


@pytest.fixture
def korean(qapp):
    """The Korean interface: the preference set and the translators installed, as at start-up."""
    from civicdesk_gui.ui.app import install_translators
    from civicdesk_gui.ui.shell import preferences

    previous = preferences.get("ui/language")
    preferences.put("ui/language", "ko")
    install_translators(qapp)
    yield qapp
    for translator in getattr(qapp, "_civicdesk_translators", []):
        qapp.removeTranslator(translator)
    qapp._civicdesk_translators = []
    preferences.put("ui/language", previous)
