"""`civicdesk outbox export|import-report` and `civicdesk places posters` as the nightly job runs them
(real processes): the counts printed, exit 3 for rejected report rows, and every mistake one line with
exit 2 — never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from civicdesk_gui.actions import outbox, places
from civicdesk_gui.actions.actor import ensure_user
from civicdesk_gui.store import database, opening
from tests.outbox.outbox_samples import report_file, text_case

ROOT = Path(__file__).resolve().parents[2]


def _cli(*argv: str, work: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_DATA_HOME": str(work / "data")}
    return subprocess.run(
        [sys.executable, "-m", "civicdesk_gui", *argv],
        cwd=work,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


@pytest.fixture
def office(tmp_path):
    path = tmp_path / "office.db"
    opening.connect(f"sqlite:///{path}")
    nightly = ensure_user("nightly")
    ids = []
    for i in range(3):
        case_id = text_case(nightly, name=f"주민{i}", phone=f"010-9000-000{i}")
        ids += outbox.queue_text_reply(case_id=case_id, text="조치했습니다", actor=nightly).message_ids
    outbox.save_outbox_settings(
        values={"outbox.mayor_number": "010-2345-6789"}, actor=ensure_user("boss", role="admin")
    )
    places.save_place(name="금촌시장", actor=nightly)
    database.close()
    return f"sqlite:///{path}", ids


def test_the_nightly_job(office, tmp_path):
    url, ids = office
    done = _cli(
        "outbox", "export", "--db", url, "--as", "nightly", str(tmp_path / "send.xlsx"), work=tmp_path
    )
    assert done.returncode == 0, done.stderr
    assert "3 texts handed to the gateway" in done.stdout and (tmp_path / "send.xlsx").is_file()
    again = _cli(
        "outbox", "export", "--db", url, "--as", "nightly", str(tmp_path / "again.csv"), work=tmp_path
    )
    assert (
        again.returncode == 0 and "nothing pending" in again.stdout and not (tmp_path / "again.csv").exists()
    )

    report = report_file(
        tmp_path / "report.csv",
        [(ids[0], "", "성공", ""), (ids[1], "", "실패", "결번"), ("CD00000999", "", "성공", "")],
        encoding="cp949",
    )
    imported = _cli("outbox", "import-report", "--db", url, "--as", "nightly", str(report), work=tmp_path)
    assert imported.returncode == 3, imported.stderr
    assert "delivered: 1\nfailed: 1\nduplicates: 0\nrejected: 1\n" in imported.stdout
    assert "row 4: no message has the reference number CD00000999" in imported.stdout

    posters = tmp_path / "posters"
    posters.mkdir()
    made = _cli(
        "places",
        "posters",
        "--db",
        url,
        "--as",
        "nightly",
        "-o",
        str(posters),
        "--code",
        "P-0001",
        work=tmp_path,
    )
    assert made.returncode == 0, made.stderr
    assert sorted(p.name for p in posters.iterdir()) == ["P-0001-poster.pdf", "P-0001-stickers.pdf"]


@pytest.mark.parametrize(
    "argv",
    [
        ("outbox", "export", "--db", "{db}", "--as", "nightly", "{tmp}/no/such/send.csv"),
        ("outbox", "export", "--db", "{db}", "--as", "nightly", "{tmp}"),
        ("outbox", "export", "--db", "{db}", "--as", "nightly", "--columns", "전화,내용", "{tmp}/x.csv"),
        ("outbox", "import-report", "--db", "{db}", "--as", "nightly", "{tmp}/missing.csv"),
        ("outbox", "import-report", "--db", "{db}", "--as", "nightly", "{tmp}/binary.csv"),
        ("outbox", "import-report", "--db", "{db}", "--as", "nightly", "{tmp}/headers.csv"),
        ("outbox", "import-report", "--db", "{db}", "--as", "nightly", "{tmp}"),
        ("places", "posters", "--db", "{db}", "--as", "nightly", "-o", "{tmp}/nowhere"),
        ("places", "posters", "--db", "{db}", "--as", "nightly", "-o", "{tmp}", "--code", "P-0404"),
    ],
)
def test_every_mistake_is_one_line(office, tmp_path, argv):
    url, _ids = office
    (tmp_path / "binary.csv").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "headers.csv").write_text("번호,상태\n1,2\n", encoding="utf-8")
    done = _cli(*[a.format(db=url, tmp=tmp_path) for a in argv], work=tmp_path)
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1, done.stderr
