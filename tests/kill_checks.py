"""SIGKILL in the middle of work, and what must hold afterwards (shared by the tests and by
tests/stress/kill_runs.py, which does 50 runs of each).

- A letter batch (`civicdesk letters --pending`) killed at a random moment: the database passes
  integrity_check; every issued letter has its stored bytes (matching their SHA-256); every file
  under a final name is whole (the stored bytes of its letter); a re-run completes the work — every
  letter issued, every file written, no temporary file left.
- A schema upgrade killed at a random moment (a test-only slow step after the real ones): the
  database passes integrity_check and is at a version it reached whole (the slow step's rows all
  there or none); any pre-upgrade copy under its final name is a sound database of the old
  version; a re-run applies the upgrade once.

Each run returns a list of inconsistencies (empty when all holds) and whether the kill landed
before the work ended.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from pypdf import PdfReader

from civicdesk_gui.atomic_file import is_temp_name

ROOT = Path(__file__).resolve().parents[1]
SLOW_ROWS = 200


@dataclass
class KillRun:
    killed_mid_work: bool
    problems: list[str] = field(default_factory=list)
    letters: int = 0
    files: int = 0
    at_kill: str = ""  # what the kill left: letters and files, or the schema version


def _env(work: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "XDG_DATA_HOME": str(work / "data")}


def _start(args: list[str], work: Path) -> subprocess.Popen:
    """The run to be killed; what it says goes to work/first-run.err (read when it ends first)."""
    with open(work / "first-run.err", "wb") as err:
        return subprocess.Popen(
            [sys.executable, *args],
            cwd=ROOT,
            env=_env(work),
            stdout=subprocess.DEVNULL,
            stderr=err,
            stdin=subprocess.DEVNULL,
        )


def _kill_when(proc: subprocess.Popen, started, delay: float, timeout: float = 300) -> bool:
    """SIGKILL `delay` seconds after `started()` first holds; False when the process ended first."""
    deadline = time.monotonic() + timeout
    while not started():
        if proc.poll() is not None:
            return False
        if time.monotonic() > deadline:
            proc.kill()
            raise TimeoutError("the work never started")
        time.sleep(0.005)
    time.sleep(delay)
    if proc.poll() is not None:
        return False
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    return True


def _integrity(path: Path) -> str:
    with contextlib.closing(sqlite3.connect(str(path))) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


# ------------------------------------------------------------------ letter batches


def letter_database(path: Path, cases: int) -> Path:
    """A CivicDesk file with `cases` cases due a letter (made once, copied for each run)."""
    from civicdesk_gui.actions.actor import ensure_user
    from civicdesk_gui.store import database, opening
    from tests.letter_helpers import make_letter_case

    opening.connect(f"sqlite:///{path}")
    actor = ensure_user("setup")
    for i in range(cases):
        make_letter_case(actor, name=f"주민{i}", department=("도로관리과", "공원녹지과", "교통정책과")[i % 3])
    database.close()
    with contextlib.closing(sqlite3.connect(str(path))) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def _letters_in(db: Path) -> list[tuple]:
    with contextlib.closing(sqlite3.connect(str(db))) as conn:
        return conn.execute(
            "SELECT l.register_number, l.pdf, l.sha256, l.file_path, l.file_written_at, c.number "
            'FROM letter l JOIN "case" c ON c.id = l.case_id ORDER BY l.id'
        ).fetchall()


def check_letters(db: Path, out: Path, *, complete: bool, expected: int) -> tuple[list[str], int, int]:
    problems: list[str] = []
    if (verdict := _integrity(db)) != "ok":
        problems.append(f"integrity_check: {verdict}")
        return problems, 0, 0
    letters = _letters_in(db)
    by_name = {}
    for register, pdf, sha256, file_path, written_at, number in letters:
        pdf = bytes(pdf or b"")
        if not pdf.startswith(b"%PDF-") or hashlib.sha256(pdf).hexdigest() != sha256:
            problems.append(f"letter {register}: stored bytes do not match their SHA-256")
        if file_path is None:
            problems.append(f"letter {register}: issued by the batch without its file recorded")
        by_name[f"{number}_{register}.pdf"] = (pdf, written_at)
    files = 0
    for name in sorted(os.listdir(out)) if out.is_dir() else []:
        if is_temp_name(name):
            if complete:
                problems.append(f"temporary file left after the re-run: {name}")
            continue
        if name.startswith("letters-") and name.endswith("-combined.pdf"):
            try:
                pages = len(PdfReader(str(out / name)).pages)
            except Exception as exc:  # a combined file that does not open is half a file
                problems.append(f"{name}: not a whole PDF ({exc})")
                continue
            if pages < 2:
                problems.append(f"{name}: {pages} pages")
            continue
        files += 1
        if name not in by_name:
            problems.append(f"{name}: a file for no issued letter")
            continue
        if (out / name).read_bytes() != by_name[name][0]:
            problems.append(f"{name}: not the stored bytes (half a file?)")
    if complete:
        if len(letters) != expected:
            problems.append(f"{len(letters)} letters issued, {expected} expected")
        for name, (_pdf, written_at) in by_name.items():
            if written_at is None or not (out / name).is_file():
                problems.append(f"{name}: still owed after the re-run")
    return problems, len(letters), files


def kill_letter_batch(
    template: Path, work: Path, rng: random.Random, *, cases: int, workers: int | None = None
) -> KillRun:
    work.mkdir(parents=True)
    db = work / "office.db"
    shutil.copyfile(template, db)
    out = work / "letters"
    argv = [
        "-m",
        "civicdesk_gui",
        "--as",
        "setup",  # the nightly job's user (letter_database made it)
        "letters",
        "--db",
        f"sqlite:///{db}",
        "--pending",
        "--no-sign",
        "-o",
        str(out),
        *(["--workers", str(workers)] if workers is not None else []),
    ]
    proc = _start(argv, work)
    # From the first file on, the batch is issuing and writing: kill somewhere in it.
    killed = _kill_when(
        proc,
        lambda: out.is_dir() and any(n.endswith(".pdf") for n in os.listdir(out)),
        rng.uniform(0, 0.04 * cases),
    )
    if not killed:
        proc.communicate()
    run = KillRun(killed)
    if killed and workers is not None and workers > 1:
        run.problems += [f"a rendering worker outlived its killed batch: {p}" for p in _orphans(work)]
    problems, letters, files = check_letters(db, out, complete=False, expected=cases)
    run.problems += [f"after the kill: {p}" for p in problems]
    temps = sum(1 for n in os.listdir(out) if is_temp_name(n)) if out.is_dir() else 0
    run.at_kill = f"{letters} letters issued, {files} files whole, {temps} temporary files"
    again = subprocess.run(
        [sys.executable, *argv], cwd=ROOT, env=_env(work), capture_output=True, text=True, timeout=600
    )
    if again.returncode != 0:
        run.problems.append(f"re-run exit {again.returncode}: {again.stderr.strip()[-300:]}")
    problems, run.letters, run.files = check_letters(db, out, complete=True, expected=cases)
    run.problems += [f"after the re-run: {p}" for p in problems]
    return run


def _orphans(work: Path, wait: float = 10.0) -> list[str]:
    """Letter-rendering workers of the killed run (spawned processes whose environment is the run's)
    still there after `wait` seconds: a worker leaves when its batch is killed (render_pool.py)."""
    import time

    marker = str(work).encode()
    deadline = time.monotonic() + wait
    while True:
        left = []
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                cmdline = Path(f"/proc/{entry}/cmdline").read_bytes()
                environ = Path(f"/proc/{entry}/environ").read_bytes()
            except OSError:
                continue
            if b"spawn_main" in cmdline and marker in environ:
                left.append(cmdline.replace(b"\0", b" ").decode(errors="replace").strip()[:120])
        if not left or time.monotonic() > deadline:
            return left
        time.sleep(0.2)


# ------------------------------------------------------------------ schema upgrades


LETTER_FILES_STEP = 3  # the schema step that adds letter.file_path


def old_database(path: Path, cases: int = 0) -> Path:
    """The frozen version-1 database (tests/store/fixtures): opening it runs every real step, each in
    its own transaction, then the test's slow one. (Faking an old version by dropping one step's
    columns from a current file breaks as soon as later steps exist: their columns stay behind.)"""
    shutil.copyfile(Path(__file__).resolve().parent / "store" / "fixtures" / "civicdesk_v1.db", path)
    return path


def _version_and_marks(db: Path) -> tuple[int, int | None, bool]:
    with contextlib.closing(sqlite3.connect(str(db))) as conn:
        version = conn.execute("SELECT version FROM schema_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        marks = (
            conn.execute("SELECT count(*) FROM slow_mark").fetchone()[0] if "slow_mark" in tables else None
        )
        columns = {r[1] for r in conn.execute("PRAGMA table_info(letter)")}
    return version, marks, "file_path" in columns


def check_upgrade(db: Path, *, complete: bool, latest: int) -> list[str]:
    problems: list[str] = []
    if (verdict := _integrity(db)) != "ok":
        return [f"integrity_check: {verdict}"]
    version, marks, letter_columns = _version_and_marks(db)
    if not 1 <= version <= latest:  # each step commits whole: any version reached is a whole one
        problems.append(f"schema version {version}")
    if letter_columns != (version >= LETTER_FILES_STEP):
        problems.append(
            f"version {version} but letter.file_path {'present' if letter_columns else 'missing'}"
        )
    if version == latest and marks != SLOW_ROWS:
        problems.append(f"version {version} but {marks} of {SLOW_ROWS} rows of the slow step")
    if version < latest and marks is not None:
        problems.append(f"version {version} but the slow step's table exists ({marks} rows)")
    if complete and version != latest:
        problems.append(f"after the re-run at version {version}, not {latest}")
    for name in os.listdir(db.parent):
        if complete and is_temp_name(name):
            problems.append(f"temporary file left after the re-run: {name}")
        elif ".bak" in name and not is_temp_name(name):
            copy = db.parent / name
            if (verdict := _integrity(copy)) != "ok":
                problems.append(f"pre-upgrade copy {name}: {verdict}")
            elif f".v{_version_and_marks(copy)[0]}-" not in name:  # office.v<version>-<time>.bak.db
                problems.append(f"pre-upgrade copy {name} is not the database as it was at that version")
    return problems


def kill_upgrade(template: Path, work: Path, rng: random.Random) -> KillRun:
    from civicdesk_gui.store import schema

    work.mkdir(parents=True)
    db = work / "office.db"
    shutil.copyfile(template, db)
    latest = schema.latest_version() + 1
    argv = ["-m", "tests.slow_upgrade", f"sqlite:///{db}"]
    proc = _start(argv, work)
    # The upgrade starts with the copy beside the file: kill somewhere from then to the slow step's end.
    started = lambda: any(".bak" in n or n.endswith(".civicdesk-tmp") for n in os.listdir(work))  # noqa: E731
    killed = _kill_when(proc, started, rng.uniform(0, 1.2))
    run = KillRun(killed)
    if not killed and proc.wait() != 0:
        run.problems.append(
            f"first run exit {proc.returncode}: {(work / 'first-run.err').read_text()[-300:]}"
        )
    run.problems += [f"after the kill: {p}" for p in check_upgrade(db, complete=False, latest=latest)]
    if _integrity(db) == "ok":
        version, marks, _columns = _version_and_marks(db)
        copies = sum(1 for n in os.listdir(work) if ".bak" in n and not is_temp_name(n))
        run.at_kill = f"schema version {version}, slow step rows {marks}, {copies} pre-upgrade copies"
    again = subprocess.run(
        [sys.executable, *argv], cwd=ROOT, env=_env(work), capture_output=True, text=True, timeout=600
    )
    if again.returncode != 0:
        run.problems.append(f"re-run exit {again.returncode}: {again.stderr.strip()[-300:]}")
    run.problems += [f"after the re-run: {p}" for p in check_upgrade(db, complete=True, latest=latest)]
    return run
