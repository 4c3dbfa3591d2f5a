"""The gateway import in real processes, on both back ends: three processes importing one file at
once import it once (no IntegrityError, no traceback), and a process killed with SIGKILL mid-import
leaves whole batches that a second import completes (tests/stress/import_kill.py runs 50 of these)."""

from __future__ import annotations

import re
import subprocess

import pytest

from civicdesk_gui.store import database
from tests.stress import import_kill

ROWS = 400
BATCH = 40


@pytest.fixture
def gateway(tmp_path):
    path = tmp_path / "gateway.csv"
    import_kill.write_gateway_file(path, ROWS)
    return path


def _url(any_db) -> str:
    from civicdesk_gui.actions.actor import ensure_user

    ensure_user(import_kill.SERVICE_USER)  # the nightly import's user (--as)
    database.close()  # the processes below are the only users of the database
    return any_db.url


def test_three_processes_importing_one_file_import_it_once(any_db, gateway):
    url = _url(any_db)
    processes = [
        subprocess.Popen(
            import_kill.civicdesk(
                "import",
                "--as",
                import_kill.SERVICE_USER,
                "--db",
                url,
                str(gateway),
                "--batch-size",
                str(BATCH),
            ),
            cwd=import_kill.ROOT,
            env=import_kill.environment(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    results = [(p.wait(timeout=300), *p.communicate()) for p in processes]
    for code, out, err in results:
        assert code == 0 and "Traceback" not in err and "Error" not in err, (out, err)
        assert f"gateway.csv: {ROWS} rows" in out
    imported = [int(re.search(r"^imported: (\d+)$", out, re.MULTILINE)[1]) for _, out, _ in results]
    duplicates = [int(re.search(r"^duplicates: (\d+)$", out, re.MULTILINE)[1]) for _, out, _ in results]
    assert sorted(imported) == [0, 0, ROWS] and sorted(duplicates) == [0, ROWS, ROWS]
    # The two that did not import say so: the file was imported before them (or while they waited).
    assert sum("already imported on" in out for _, out, _ in results) == 2
    db = import_kill.Database(url)
    assert db.scalar('SELECT count(*) FROM "case"') == ROWS
    assert import_kill.check_consistent(db, batch_size=BATCH, whole_batches=False) == []
    assert db.query("SELECT state, owner, imported FROM import_batch") == [("done", "", ROWS)]


@pytest.mark.parametrize("kill_after", [0, 2, 6])
def test_an_import_killed_midway_leaves_whole_batches_and_is_completed(any_db, gateway, kill_after):
    result = import_kill.kill_cycle(_url(any_db), gateway, rows=ROWS, batch_size=BATCH, kill_after=kill_after)
    assert result.problems == []
    assert result.completed == ROWS
    assert kill_after * BATCH <= result.killed_after < ROWS  # killed midway, between or inside batches
