"""SIGKILL during `civicdesk outbox export` (the nightly job): afterwards the database is sound and
either nothing is marked handed over (no clock counted; a file under the final name, if the kill fell
between its rename and the commit, is whole and lists the same messages) or everything is — every
pending text marked, counted for the clocks, and the file whole with every reference. A re-run then
hands over whatever is left, once. `python -m tests.outbox.test_export_kill N` does N runs."""

from __future__ import annotations

import contextlib
import csv
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from civicdesk_gui.atomic_file import is_temp_name
from tests.kill_checks import ROOT, _env, _integrity, _kill_when, _start

MESSAGES = 400
RUNS = 3


def outbox_database(path: Path, messages: int = MESSAGES) -> Path:
    from civicdesk_gui.actions import outbox
    from civicdesk_gui.actions.actor import ensure_user
    from civicdesk_gui.store import database, opening
    from tests.outbox.outbox_samples import text_case

    opening.connect(f"sqlite:///{path}")
    actor = ensure_user("nightly")
    for i in range(messages):
        case_id = text_case(actor, name=f"주민{i}", phone=f"010-8{i // 10000:03d}-{i % 10000:04d}")
        outbox.queue_text_reply(case_id=case_id, text=f"{i}번 민원을 처리했습니다", actor=actor)
    database.close()
    with contextlib.closing(sqlite3.connect(str(path))) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def _state(db: Path) -> tuple[dict[str, int], int]:
    with contextlib.closing(sqlite3.connect(str(db))) as conn:
        states = dict(conn.execute("SELECT state, COUNT(*) FROM outbox_message GROUP BY state").fetchall())
        counted = conn.execute('SELECT COUNT(*) FROM "case" WHERE first_reply_at IS NOT NULL').fetchone()[0]
    return states, counted


def _file_references(path: Path) -> list[str] | None:
    if not path.exists():
        return None
    with open(path, encoding="cp949", newline="") as handle:
        rows = list(csv.reader(handle))
    return [row[3] for row in rows[1:]]


def check(db: Path, out: Path, *, messages: int, complete: bool) -> list[str]:
    problems = []
    if _integrity(db) != "ok":
        problems.append("integrity_check failed")
    states, counted = _state(db)
    references = _file_references(out)
    if states == {"approved": messages} and not complete:
        if counted:
            problems.append(f"nothing handed over, yet {counted} cases counted a reply")
        if references is not None and len(references) != messages:
            problems.append(f"a file with {len(references)} of {messages} texts under the final name")
    elif states == {"handed_over": messages}:
        if counted != messages:
            problems.append(f"all handed over, but {counted} of {messages} cases counted")
        if references is None or len(set(references)) != messages:
            problems.append(
                f"all handed over, but the file lists {None if references is None else len(references)}"
            )
    else:
        problems.append(f"half-marked: {states}")
    return problems


def kill_export(
    template: Path, work: Path, rng: random.Random, *, messages: int = MESSAGES
) -> tuple[bool, list[str], str]:
    work.mkdir(parents=True)
    db = work / "office.db"
    shutil.copyfile(template, db)
    out = work / "send.csv"
    argv = ["-m", "civicdesk_gui", "outbox", "export", "--db", f"sqlite:///{db}", "--as", "nightly", str(out)]
    proc = _start(argv, work)
    began = time.monotonic()
    killed = _kill_when(proc, lambda: True, rng.uniform(0.3, 6.0))
    if not killed:
        proc.communicate()
    problems = [f"after the kill: {p}" for p in check(db, out, messages=messages, complete=False)]
    states, _ = _state(db)
    temps = sum(1 for n in os.listdir(work) if is_temp_name(n))
    at_kill = f"{time.monotonic() - began:.1f}s: {states}, file {'there' if out.exists() else 'absent'}, {temps} temporary"
    again = subprocess.run(
        [sys.executable, *argv], cwd=ROOT, env=_env(work), capture_output=True, text=True, timeout=600
    )
    if again.returncode != 0:
        problems.append(f"re-run exit {again.returncode}: {again.stderr.strip()[-300:]}")
    if states != {"handed_over": messages}:  # the re-run handed them over now, in a new file
        problems += [f"after the re-run: {p}" for p in check(db, out, messages=messages, complete=True)]
    return killed, problems, at_kill


@pytest.fixture(scope="module")
def outbox_template(tmp_path_factory):
    return outbox_database(tmp_path_factory.mktemp("kill-outbox") / "office.db")


@pytest.mark.parametrize("run", range(RUNS))
def test_an_export_killed_midway_marks_nothing_or_everything(outbox_template, tmp_path, run):
    killed, problems, at_kill = kill_export(outbox_template, tmp_path / "run", random.Random(run))
    assert not problems, at_kill + "\n" + "\n".join(problems)


if __name__ == "__main__":  # the stress run: python -m tests.outbox.test_export_kill 30
    import tempfile

    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    with tempfile.TemporaryDirectory() as folder:
        template = outbox_database(Path(folder) / "template.db")
        failures = 0
        for n in range(runs):
            killed, problems, at_kill = kill_export(template, Path(folder) / f"run{n}", random.Random(n))
            failures += bool(problems)
            print(
                f"run {n}: {'killed' if killed else 'ended first'} at {at_kill}; {problems or 'ok'}",
                flush=True,
            )
        print(f"{runs} runs, {failures} with problems")
