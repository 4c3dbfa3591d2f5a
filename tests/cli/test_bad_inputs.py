"""Everything a user can get wrong on the command line ends in one line and exit code 2, never a
traceback (the issue counted 26 of 162 bad-input cases ending in one).

Every command, as a script runs it (a real process), against every bad input a user can give it:
the path it writes or reads (a missing folder, a read-only folder, a folder given as a file, a pipe,
/dev/full, a path under a file, /proc, a name too long, a full small disk) and the database it opens
(damaged, not a database, missing, a folder, a pipe, a device, under a file, in a read-only folder,
a newer schema, a PostgreSQL server that is down). Commands without a path of their own (stats, demo)
get the bad path as their database. A new command is one more row in COMMANDS.

A command's cases run four at a time (each is a process start); each case is its own test.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from civicdesk_gui.store import database, opening
from tests.db_files import checkpoint, damage, set_version
from tests.fs_conditions import DEV_FULL, _mount, _unmount, make_fifo, refuses_new_files

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
SERVER_DOWN = "postgresql://civicdesk@127.0.0.1:1/civicdesk"


@dataclass(frozen=True)
class Command:
    name: str
    role: str  # what its PATH is: "output", "folder", "input", or "database" (no path of its own)
    argv: tuple[str, ...]  # {db} is the database URL, {path} the path, {input} its valid input
    writes: bool = False


COMMANDS = [
    Command("stats", "database", ("stats", "--db", "{db}")),
    Command("demo", "database", ("demo", "--db", "{db}", "--cases", "5")),
    Command("import", "input", ("import", "--as", "tester", "--db", "{db}", "{path}"), writes=True),
    Command("sessions-export", "output", ("sessions", "--db", "{db}", "--ics", "{path}")),
    Command(
        "sessions-import",
        "input",
        ("sessions", "--as", "tester", "--db", "{db}", "--import-ics", "{path}"),
        True,
    ),
    Command(
        "letters",
        "folder",
        ("letters", "--as", "tester", "--db", "{db}", "--pending", "--no-sign", "-o", "{path}"),
        True,
    ),
    Command(
        "letters-reprint",
        "folder",
        ("letters", "--as", "tester", "--db", "{db}", "--reprint", "{register}", "-o", "{path}"),
    ),
    Command("backup", "output", ("backup", "--as", "tester", "--db", "{db}", "-o", "{path}")),
    Command("restore", "input", ("restore", "{path}", "--db", "{db}"), writes=True),
]

PATH_CONDITIONS = [
    "missing folder",
    "read-only folder",
    "folder as file",
    "pipe",
    "dev full",
    "under a file",
    "proc",
    "name too long",
    "full disk",
]
DATABASE_CONDITIONS = [
    "db damaged",
    "db not a database",
    "db missing",
    "db folder",
    "db pipe",
    "db dev full",
    "db under a file",
    "db read-only folder",
    "db newer schema",
    "db server down",
]
CASES = [(c.name, condition) for c in COMMANDS for condition in PATH_CONDITIONS + DATABASE_CONDITIONS]

# What is not a mistake, and its exit code: reading an input kept in a read-only folder (the test CSV
# has rows the import rejects: 3), restoring over a damaged, newer or missing database (what a restore
# is for), demo data into a database that does not exist yet.
SUCCEEDS = {
    ("import", "read-only folder"): 3,
    ("sessions-import", "read-only folder"): 0,
    ("restore", "read-only folder"): 0,
    ("restore", "db damaged"): 0,
    ("restore", "db newer schema"): 0,
    ("restore", "db missing"): 0,
    ("demo", "db missing"): 0,
}


class World:
    """The files every case needs, made once: a good database, valid inputs, bad places."""

    def __init__(self, base: Path) -> None:
        self.base = base
        self.good_db = base / "good" / "office.db"
        self.good_db.parent.mkdir()
        opening.connect(f"sqlite:///{self.good_db}")
        from civicdesk_gui.actions.actor import ensure_user
        from civicdesk_gui.actions.letter_batch import issue_pending_letters
        from civicdesk_gui.demo.generator import generate_demo
        from civicdesk_gui.documents.session_ics import export_ics
        from civicdesk_gui.queries.sessions import ics_sessions
        from civicdesk_gui.store.letter_models import Letter
        from tests.letter_helpers import make_letter_case

        generate_demo(cases=150, seed=4)
        issue_pending_letters([make_letter_case(ensure_user("tester"))], actor=ensure_user("tester"))
        self.register = Letter.select(Letter.register_number).order_by(Letter.id).first().register_number
        self.ics = base / "good" / "sessions.ics"
        self.ics.write_bytes(export_ics(ics_sessions()))
        database.close()
        checkpoint(self.good_db)
        self.backup = base / "good" / "backup.db"
        shutil.copyfile(self.good_db, self.backup)
        self.csv = DATA / "gateway_utf8.csv"
        self.blocker = base / "a-file"
        self.blocker.write_text("not a folder", encoding="utf-8")
        self.fifo = make_fifo(base, "pipe")
        self.text_file = base / "notes.db"
        self.text_file.write_text("장보기 목록: 두부, 파 " * 50, encoding="utf-8")
        self.damaged = base / "damaged.db"
        shutil.copyfile(self.good_db, self.damaged)
        damage(self.damaged)
        self.newer = base / "newer.db"
        shutil.copyfile(self.good_db, self.newer)
        set_version(self.newer, 99)
        self.mounts: list[Path] = []
        self.read_only = self._read_only_folder()
        self.small_disk = self._small_disk()

    def _read_only_folder(self) -> Path:
        """A folder that refuses new files to this user, holding a database and valid inputs."""
        folder = self.base / "read-only"
        folder.mkdir()
        if os.geteuid() != 0 or _mount(folder, "size=64m"):
            for source in (self.good_db, self.csv, self.ics, self.backup):
                shutil.copyfile(source, folder / source.name)
            if os.geteuid() != 0:
                folder.chmod(0o555)
            else:
                self.mounts.append(folder)
                subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True, capture_output=True)
            return folder
        sysfs = Path("/sys/kernel")
        assert refuses_new_files(sysfs), "no read-only folder for root here"
        return sysfs

    def _small_disk(self) -> Path | None:
        folder = self.base / "small-disk"
        folder.mkdir()
        if not _mount(folder, "size=64k"):
            return None
        self.mounts.append(folder)
        with contextlib.suppress(OSError), open(folder / "ballast", "wb") as handle:
            while True:
                handle.write(b"\0" * 4096)
        return folder

    def close(self) -> None:
        for folder in self.mounts:
            _unmount(folder)

    # ------------------------------------------------------------------ one case

    def valid_input(self, command: Command) -> Path:
        return {"import": self.csv, "sessions-import": self.ics, "restore": self.backup}[command.name]

    def bad_path(self, condition: str, command: Command, work: Path) -> Path | None:
        """The bad path of `condition` for the command's role (None: not possible here)."""
        name = {"output": "out.ics" if "sessions" in command.name else "out.db", "folder": "letters"}.get(
            command.role, "office.db"
        )
        if command.role == "input":
            name = self.valid_input(command).name
        return {
            "missing folder": work / "no" / "such" / name,
            "read-only folder": self.read_only / (name if command.role != "folder" else "letters"),
            "folder as file": work if command.role != "folder" else self.blocker,
            "pipe": self.fifo,
            "dev full": DEV_FULL,
            "under a file": self.blocker / name,
            "proc": Path("/proc/version"),
            "name too long": work / ("가" * 120 + name),
            "full disk": (self.small_disk / name) if self.small_disk else None,
        }[condition]

    def bad_database(self, condition: str, work: Path) -> str:
        return {
            "db damaged": f"sqlite:///{self._copy(self.damaged, work)}",
            "db not a database": f"sqlite:///{self.text_file}",
            "db missing": f"sqlite:///{work / 'missing.db'}",
            "db folder": f"sqlite:///{work}",
            "db pipe": f"sqlite:///{self.fifo}",
            "db dev full": "sqlite:////dev/full",
            "db under a file": f"sqlite:///{self.blocker / 'office.db'}",
            "db read-only folder": f"sqlite:///{self.read_only / 'office.db'}",
            "db newer schema": f"sqlite:///{self._copy(self.newer, work)}",
            "db server down": SERVER_DOWN,
        }[condition]

    @staticmethod
    def _copy(source: Path, work: Path) -> Path:
        target = work / source.name
        shutil.copyfile(source, target)
        return target

    def argv(self, command: Command, condition: str, work: Path) -> list[str] | None:
        good_db = self._copy(self.good_db, work)
        if condition.startswith("db "):
            db = self.bad_database(condition, work)
            path = {
                "input": self._copy(self.valid_input(command), work) if command.role == "input" else None,
                "output": work / ("out.ics" if "sessions" in command.name else "out.db"),
                "folder": work / "letters",
            }.get(command.role)
        else:
            bad = self.bad_path(condition, command, work)
            if bad is None:
                return None
            if command.role == "database":
                db, path = f"sqlite:///{bad}", None
            else:
                db, path = f"sqlite:///{good_db}", bad
        values = {"db": db, "path": str(path), "register": self.register}
        return [part.format(**values) for part in command.argv]


def _run(
    world: World, command: Command, condition: str, work: Path
) -> tuple[list[str] | None, subprocess.CompletedProcess | None]:
    work.mkdir(parents=True)
    argv = world.argv(command, condition, work)
    if argv is None:
        return None, None
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_DATA_HOME": str(work / "data")}
    env.pop("CIVICDESK_CERT_PASSPHRASE", None)
    done = subprocess.run(
        [sys.executable, "-m", "civicdesk_gui", *argv],
        cwd=work,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        stdin=subprocess.DEVNULL,
    )
    return argv, done


class Outcomes:
    """Each command's cases, run together (four processes at a time) when its first case is asked
    for, so that no single test waits for the whole matrix."""

    def __init__(self, world: World) -> None:
        self.world = world
        self.results: dict[tuple[str, str], tuple] = {}

    def __getitem__(self, case: tuple[str, str]) -> tuple:
        if case not in self.results:
            command = next(c for c in COMMANDS if c.name == case[0])
            conditions = PATH_CONDITIONS + DATABASE_CONDITIONS
            with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
                futures = {
                    condition: pool.submit(
                        _run,
                        self.world,
                        command,
                        condition,
                        self.world.base / "cases" / f"{command.name}-{condition.replace(' ', '-')}",
                    )
                    for condition in conditions
                }
                for condition, future in futures.items():
                    self.results[(command.name, condition)] = future.result()
        return self.results[case]


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory):
    world = World(tmp_path_factory.mktemp("bad-inputs"))
    try:
        yield Outcomes(world)
    finally:
        world.close()


def test_the_matrix_has_the_issue_s_breadth():
    assert len(CASES) - len(SUCCEEDS) >= 162
    assert {c.name for c in COMMANDS} >= {"stats", "demo", "import", "letters", "backup", "restore"}


@pytest.mark.parametrize(("command", "condition"), CASES, ids=[f"{c}:{k}" for c, k in CASES])
def test_a_bad_input_is_one_line_and_exit_2(outcomes, command, condition):
    argv, done = outcomes[(command, condition)]
    if done is None:
        pytest.skip(f"{condition}: needs a small tmpfs (root with CAP_SYS_ADMIN)")
    where = f"civicdesk {' '.join(argv)}\nstdout: {done.stdout}\nstderr: {done.stderr}"
    assert "Traceback" not in done.stderr, where
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    if (command, condition) in SUCCEEDS:
        assert done.returncode == SUCCEEDS[(command, condition)], where
        assert all(line.startswith("civicdesk: note: ") for line in lines), where
        return
    assert done.returncode == 2, where
    assert len(lines) == 1 and lines[0].startswith("civicdesk: "), where
    assert len(lines[0]) < 600, where  # one line a person reads, not a dump
