"""`civicdesk sessions`: export to .ics and import it back from the command line; errors are one line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import icalendar

from tests.session_samples import three_sessions

ROOT = Path(__file__).resolve().parents[2]


def test_cli_exports_and_imports(sqlite_url, tmp_path):
    from civicdesk_gui.actions.actor import ensure_user
    from civicdesk_gui.store import database, opening

    opening.connect(sqlite_url)
    three_sessions(ensure_user("tester"))
    database.close()
    ics = tmp_path / "sessions.ics"
    run = [sys.executable, "-m", "civicdesk_gui", "sessions", "--as", "tester", "--db", sqlite_url]
    out = subprocess.run([*run, "--ics", str(ics)], cwd=ROOT, capture_output=True, text=True, check=True)
    assert "3 sessions" in out.stdout
    assert len(icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT")) == 3
    back = subprocess.run(
        [*run, "--import-ics", str(ics)], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert "0 created, 0 updated, 3 unchanged" in back.stdout
    missing = subprocess.run(
        [*run, "--import-ics", str(tmp_path / "none.ics")], cwd=ROOT, capture_output=True, text=True
    )
    assert missing.returncode == 2 and "not found" in missing.stderr and "Traceback" not in missing.stderr


def test_cli_writes_a_sessions_pre_visit_brief(sqlite_url, tmp_path):
    from pypdf import PdfReader

    from civicdesk_gui.actions.actor import ensure_user
    from civicdesk_gui.store import database, opening
    from civicdesk_gui.store.models import Session

    opening.connect(sqlite_url)
    three_sessions(ensure_user("tester"))
    number = Session.select().order_by(Session.starts_at).first().number
    database.close()
    pdf = tmp_path / "brief.pdf"
    run = [sys.executable, "-m", "civicdesk_gui", "sessions", "--db", sqlite_url]
    out = subprocess.run([*run, "--brief", number, "-o", str(pdf)], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert number in out.stdout
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "이동시장실 사전 보고" in text and number in text and "1 / " in text
    unknown = subprocess.run(
        [*run, "--brief", "S1999-9999", "-o", str(tmp_path / "x.pdf")],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert unknown.returncode == 2 and "S1999-9999" in unknown.stderr and "Traceback" not in unknown.stderr
    assert not (tmp_path / "x.pdf").exists()
