"""Backups of the office's database, and restoring one.

- SQLite: a copy through the online backup API (store/sqlite_copy.py: consistent while desks work,
  integrity-checked, row counts compared with the source), written atomically.
- PostgreSQL: pg_dump's custom format, restored with pg_restore, when those tools are installed
  (PATH, or Debian's /usr/lib/postgresql/<version>/bin); otherwise a clear message.
- Automatically, for SQLite, at the first start of each day (the GUI and the CLI's writing commands):
  `<name>-daily-<YYYY-MM-DD>.db`, keeping the last `backups.keep_daily` (an office setting).

Backups live in a `backups` folder beside the database, or — when that folder takes no files (a
read-only share) — in the user data folder's `backups/<name>/`. A restore first keeps a copy of what
it replaces there (`<name>-before-restore-<time>.db`), refuses a damaged file or one that is not a
CivicDesk database, and checks the result as a backup is checked.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sqlite3
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

from civicdesk_gui.atomic_file import atomic_path, is_temp_name, remove_leftovers
from civicdesk_gui.errors import CivicDeskError, DatabaseError, FileError
from civicdesk_gui.file_checks import check_input_file, check_output_file, check_output_folder, check_room
from civicdesk_gui.paths import user_data_dir
from civicdesk_gui.store import schema
from civicdesk_gui.store.database import DatabaseTarget
from civicdesk_gui.store.sqlite_copy import (
    STEP_PAGES,
    check_integrity,
    connect_file,
    copy_sqlite,
    database_size,
    is_sqlite_file,
    raw_copy,
    table_counts,
    verify_copy,
)

FOLDER_NAME = "backups"
DAILY_MARK = "-daily-"
BEFORE_RESTORE_MARK = "-before-restore-"
PG_TOOL_TIMEOUT_S = 3600

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BackupResult:
    path: Path
    backend: str
    size: int
    counts: dict[str, int] = field(default_factory=dict)  # SQLite: rows per table in the copy

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class RestoreResult:
    source: Path
    kept: Path | None  # the copy of what the restore replaced
    version: int  # the schema version of the restored database (opening upgrades it when older)
    counts: dict[str, int] = field(default_factory=dict)


# ------------------------------------------------------------------ where backups live


def _stem(db_path: Path) -> str:
    return db_path.stem or "civicdesk"


def candidate_folders(db_path: Path) -> list[Path]:
    return [db_path.parent / FOLDER_NAME, user_data_dir() / FOLDER_NAME / _stem(db_path)]


def writable_backup_folder(db_path: Path) -> Path:
    """`backups/` beside the database, or the user data folder's when that one takes no files."""
    beside, fallback = candidate_folders(db_path)
    try:
        return check_output_folder(beside)
    except CivicDeskError:
        fallback.mkdir(parents=True, exist_ok=True)
        return check_output_folder(fallback)


def backup_folder_shown(db_path: Path) -> Path:
    """Where the backups of `db_path` are (the first folder that exists), without making one."""
    existing = [folder for folder in candidate_folders(db_path) if folder.is_dir()]
    return existing[0] if existing else candidate_folders(db_path)[0]


def _backups_of(db_path: Path) -> list[Path]:
    stem = _stem(db_path)
    found: list[Path] = []
    for folder in candidate_folders(db_path):
        if folder.is_dir():
            found += [p for p in folder.glob(f"{glob_escape(stem)}*.db") if not is_temp_name(p.name)]
    # The copies made before a schema upgrade, beside the file (store/schema.py).
    found += list(db_path.parent.glob(f"{glob_escape(stem)}.v*-*.bak{db_path.suffix}"))
    return [p for p in found if p.is_file() and is_sqlite_file(p)]


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def latest_backup(db_path: Path) -> Path | None:
    """The most recent backup of the database at `db_path` (daily, by hand, before an upgrade or a
    restore), or None."""
    backups = _backups_of(db_path)
    return max(backups, key=lambda p: p.stat().st_mtime) if backups else None


# ------------------------------------------------------------------ automatic daily backups


def daily_backup_name(db_path: Path, day: dt.date) -> str:
    return f"{_stem(db_path)}{DAILY_MARK}{day:%Y-%m-%d}.db"


def daily_backup(db_path: Path, *, keep: int, today: dt.date | None = None) -> Path | None:
    """Today's backup of the SQLite file, unless it exists already (or `keep` is 0: switched off);
    then only the last `keep` daily backups are kept. Returns the new file, or None."""
    if keep <= 0 or not db_path.is_file():
        return None
    name = daily_backup_name(db_path, today or dt.date.today())
    if any((folder / name).exists() for folder in candidate_folders(db_path)):
        return None
    folder = writable_backup_folder(db_path)
    remove_leftovers(folder)  # a copy killed half-way on an earlier day
    check_room(folder, database_size(db_path))
    dest = folder / name
    copy_sqlite(db_path, dest)
    prune_daily(folder, db_path, keep)
    return dest


def daily_backup_of(target: DatabaseTarget, *, today: dt.date | None = None) -> Path | None:
    """Today's automatic backup of the bound SQLite database (the GUI's start, the CLI's writing
    commands), keeping the number of copies the office setting says."""
    if target.backend != "sqlite" or target.path is None:
        return None
    from civicdesk_gui.store.office_settings import get_setting

    return daily_backup(target.path, keep=get_setting("backups.keep_daily"), today=today)


def prune_daily(folder: Path, db_path: Path, keep: int) -> list[Path]:
    pattern = re.compile(re.escape(_stem(db_path) + DAILY_MARK) + r"\d{4}-\d{2}-\d{2}\.db")
    daily = sorted(p for p in folder.iterdir() if pattern.fullmatch(p.name))
    removed = daily[: max(0, len(daily) - keep)]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


# ------------------------------------------------------------------ backing up by hand


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def backup_database(
    target: DatabaseTarget, dest: str | os.PathLike, *, progress: Progress | None = None
) -> BackupResult:
    dest = Path(dest)
    if target.backend == "sqlite":
        assert target.path is not None
        if _same_file(target.path, dest):
            raise FileError("backup.same_file", {"path": str(dest)}, path=str(dest))
        check_output_file(dest, needed_bytes=database_size(target.path))
        counts = copy_sqlite(target.path, dest, progress=progress)
        return BackupResult(dest, "sqlite", dest.stat().st_size, counts)
    check_output_file(dest)
    _pg_dump(target, dest)
    return BackupResult(dest, "postgresql", dest.stat().st_size)


# ------------------------------------------------------------------ restoring


def inspect_backup(path: Path) -> tuple[int, dict[str, int]]:
    """(schema version, row counts) of a SQLite backup; refuses a damaged file, a file that is not a
    database, and a database that is not CivicDesk's or is newer than this CivicDesk."""
    if not is_sqlite_file(path):
        raise DatabaseError("backup.not_a_backup", {"path": str(path)})
    try:
        conn = connect_file(path, read_only=True)
        try:
            problems = check_integrity(conn)
            if problems:
                raise DatabaseError("backup.damaged", {"path": str(path), "reason": "; ".join(problems)})
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "schema_version" not in tables:
                raise DatabaseError("backup.not_civicdesk", {"path": str(path)})
            version = conn.execute("SELECT max(version) FROM schema_version").fetchone()[0]
            counts = table_counts(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(
            "backup.damaged", {"path": str(path), "reason": " ".join(str(exc).split())}
        ) from exc
    _check_version(path, version)
    return int(version), counts


def _check_version(path: Path, version: int | None) -> None:
    if version is None:
        raise DatabaseError("backup.not_civicdesk", {"path": str(path)})
    if version > schema.latest_version():
        raise DatabaseError(
            "backup.too_new", {"path": str(path), "version": version, "latest": schema.latest_version()}
        )


def restore_database(
    source: str | os.PathLike, target: DatabaseTarget, *, progress: Progress | None = None
) -> RestoreResult:
    """Replace the database at `target` by the backup `source`. The caller closes its own connection
    first and opens the database again afterwards (which upgrades an older backup's schema)."""
    source = check_input_file(source)
    if target.backend == "sqlite":
        return _restore_sqlite(source, target, progress)
    return _restore_postgres(source, target)


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S")


def _restore_sqlite(source: Path, target: DatabaseTarget, progress: Progress | None) -> RestoreResult:
    assert target.path is not None
    db_path = target.path
    if _same_file(source, db_path):
        raise FileError("backup.same_file", {"path": str(source)}, path=str(source))
    version, counts = inspect_backup(source)
    if db_path.is_file() and db_path.stat().st_size > 0 and not is_sqlite_file(db_path):
        # A --db that names some other file (a document, a spreadsheet) is never replaced.
        raise DatabaseError("database.not_a_database", {"database": str(db_path)})
    kept = None
    if db_path.exists():
        folder = writable_backup_folder(db_path)
        check_room(folder, database_size(db_path))
        kept = folder / f"{_stem(db_path)}{BEFORE_RESTORE_MARK}{_stamp()}.db"
        try:
            copy_sqlite(db_path, kept, verify=False)
        except sqlite3.DatabaseError:  # a damaged database is kept as its bytes
            raw_copy(db_path, kept)
        check_room(db_path.parent, source.stat().st_size)
    else:
        check_output_file(db_path, needed_bytes=source.stat().st_size)
    try:
        _copy_into(source, db_path, counts, progress)
    except sqlite3.DatabaseError as exc:
        text = str(exc).lower()
        if "readonly" in text:
            raise DatabaseError("database.read_only", {"database": str(db_path)}) from exc
        if "not a database" not in text and "malformed" not in text:
            raise
        # The file there is too damaged for SQLite to write into (its copy is kept): replace it whole.
        _replace_file(source, db_path, counts)
    return RestoreResult(source, kept, version, counts)


def _copy_into(source: Path, db_path: Path, counts: dict[str, int], progress: Progress | None) -> None:
    """Through the backup API, which takes the database's write lock: no desk reads half a restore."""
    src = connect_file(source, read_only=True)
    try:
        dst = connect_file(db_path)
        try:

            def step(_status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)

            src.backup(dst, pages=STEP_PAGES, progress=step)
            dst.execute("PRAGMA journal_mode = WAL")
            verify_copy(dst, counts, db_path)
        finally:
            dst.close()
    finally:
        src.close()


def _replace_file(source: Path, db_path: Path, counts: dict[str, int]) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    with atomic_path(db_path) as temp:
        shutil.copyfile(source, temp)
    conn = connect_file(db_path)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        verify_copy(conn, counts, db_path)
    finally:
        conn.close()


# ------------------------------------------------------------------ PostgreSQL tools


def pg_tool(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    debian = sorted(
        Path("/usr/lib/postgresql").glob(f"*/bin/{name}"), key=lambda p: _version_key(p.parts[-3])
    )
    if debian:
        return str(debian[-1])
    raise DatabaseError("backup.no_pg_tool", {"tool": name})


def _version_key(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", text))


def _dsn(target: DatabaseTarget) -> str:
    parsed = urlparse(target.url)
    return parsed._replace(scheme="postgresql").geturl()


def _run_tool(tool: str, args: list[str]) -> str:
    try:
        done = subprocess.run(
            [pg_tool(tool), *args], capture_output=True, text=True, timeout=PG_TOOL_TIMEOUT_S, check=False
        )
    except OSError as exc:
        raise DatabaseError("backup.tool_failed", {"tool": tool, "reason": str(exc)}) from exc
    except subprocess.TimeoutExpired as exc:
        raise DatabaseError("backup.tool_failed", {"tool": tool, "reason": "timed out"}) from exc
    if done.returncode != 0:
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        reason = lines[-1].strip() if lines else f"exit code {done.returncode}"
        raise DatabaseError("backup.tool_failed", {"tool": tool, "reason": reason})
    return done.stdout


def _pg_dump(target: DatabaseTarget, dest: Path) -> None:
    with atomic_path(dest) as temp:
        _run_tool(
            "pg_dump",
            [
                "--format=custom",
                "--no-owner",
                "--no-privileges",
                f"--file={temp}",
                f"--dbname={_dsn(target)}",
            ],
        )
        _pg_backup_version(temp, shown=dest)  # a dump that pg_restore cannot read is not a backup


def _pg_backup_version(path: Path, *, shown: Path | None = None) -> int:
    shown = shown or path
    try:
        listing = _run_tool("pg_restore", ["--list", str(path)])
    except DatabaseError as exc:
        raise DatabaseError("backup.not_a_backup", {"path": str(shown)}) from exc
    if not re.search(r"TABLE DATA \S+ schema_version ", listing):
        raise DatabaseError("backup.not_civicdesk", {"path": str(shown)})
    data = _run_tool("pg_restore", ["--data-only", "--table=schema_version", "--file=-", str(path)])
    version = _copied_version(data)
    _check_version(shown, version)
    return int(version or 0)


def _copied_version(script: str) -> int | None:
    """The highest `version` in the COPY block of schema_version in a pg_restore script."""
    match = re.search(r"^COPY \S*schema_version \(([^)]*)\) FROM stdin;\n(.*?)^\\\.$", script, re.M | re.S)
    if match is None:
        return None
    columns = [name.strip().strip('"') for name in match.group(1).split(",")]
    if "version" not in columns:
        return None
    index = columns.index("version")
    versions = [int(line.split("\t")[index]) for line in match.group(2).splitlines() if line.strip()]
    return max(versions) if versions else None


def _restore_postgres(source: Path, target: DatabaseTarget) -> RestoreResult:
    if is_sqlite_file(source):
        raise DatabaseError("backup.wrong_kind", {"path": str(source)})
    version = _pg_backup_version(source)
    name = urlparse(target.url).path.strip("/") or "civicdesk"
    folder = user_data_dir() / FOLDER_NAME / name
    folder.mkdir(parents=True, exist_ok=True)
    kept = folder / f"{name}{BEFORE_RESTORE_MARK}{_stamp()}.dump"
    _pg_dump(target, kept)
    _run_tool(
        "pg_restore",
        [
            "--clean",
            "--if-exists",
            "--no-owner",
            "--no-privileges",
            "--single-transaction",
            f"--dbname={_dsn(target)}",
            str(source),
        ],
    )
    return RestoreResult(source, kept, version)
