"""`civicdesk --selftest`: does this installation work? For IT staff after installing a desk, and for
CI on the frozen build (`./dev installer`).

It works in a temporary folder (a fresh SQLite database, desk preferences kept apart from the user's),
never on the office's data, and runs named checks in order; each prints `ok`, `skipped` (with why) or
`FAILED` (with the error; the traceback goes to stderr). Exit status 0 when nothing failed, 1 otherwise.

A check is one entry of CHECKS: a name and a function that takes the Run and returns a short detail
(or raises Skipped). The checks act as a signed-in administrator of the temporary database (added
and signed in like the first user of an office, so the password hashing is checked too): every
action asks the permission table, and the selftest goes through the same door.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import secrets
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from civicdesk_gui import __version__

SAMPLE_TEXT = "문산읍 당동리 통학로에 보도를 설치해 주세요. 아이들이 차도로 걸어 다닙니다."


class Skipped(Exception):
    """The check does not apply to this build; the message says why."""


@dataclass
class Run:
    """What the checks share: the temporary folder, the database and the cases made along the way."""

    folder: Path
    url: str = ""
    actor: object = None
    case_ids: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Check:
    name: str
    run: Callable[[Run], str]


# ---------------------------------------------------------------------------------------- checks


def _resources(run: Run) -> str:
    from civicdesk_gui.paths import fonts_dir, resources_dir

    fonts = sorted(p.name for p in fonts_dir().glob("*.ttf"))
    needed = {"NanumGothic.ttf", "NanumGothicBold.ttf", "NanumMyeongjo.ttf", "NanumMyeongjoBold.ttf"}
    missing = sorted(needed - set(fonts))
    for extra in ("fonts/OFL.txt", "i18n/civicdesk_ko.qm", "icons/civicdesk.png"):
        if not (resources_dir() / extra).is_file():
            missing.append(extra)
    if missing:
        raise RuntimeError(f"missing from {resources_dir()}: {', '.join(missing)}")
    return f"{len(fonts)} fonts, licence, translation and icon in {resources_dir()}"


def _database(run: Run) -> str:
    from civicdesk_gui.actions.users import add_user, sign_in
    from civicdesk_gui.store import schema
    from civicdesk_gui.store.models import Department, Town
    from civicdesk_gui.store.opening import connect

    run.url = f"sqlite:///{run.folder / 'selftest.db'}"
    connect(run.url)
    version, latest = schema.current_version(), schema.latest_version()
    if version != latest:
        raise RuntimeError(f"schema version {version}, expected {latest}")
    password = secrets.token_urlsafe(16)
    add_user(login="selftest", display_name="자체 점검", role="admin", password=password, actor=None)
    run.actor = sign_in(login="selftest", password=password).actor
    return (
        f"new SQLite database at schema version {version}, "
        f"{Town.select().count()} towns, {Department.select().count()} departments; "
        "its administrator added and signed in"
    )


def _postgres_driver(run: Run) -> str:
    import psycopg

    return f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__}, libpq {psycopg.pq.version()})"


def _holidays(run: Run) -> str:
    import holidays

    # The working-day clocks (domain/clocks.py) and the session calendar's Korean names.
    korean = holidays.country_holidays("KR", language="ko", years=2026)
    name = korean.get(dt.date(2026, 3, 1))
    if not name or "삼일절" not in name:
        raise RuntimeError(f"the Korean public holidays are missing or not in Korean: 2026-03-01 is {name!r}")
    return f"{len(korean)} public holidays in 2026, named in Korean"


def _case_workflow(run: Run) -> str:
    from civicdesk_gui.actions import cases
    from civicdesk_gui.store.models import Case, Department

    roads = Department.get(Department.name == "도로관리과")
    intake = cases.intake_case(
        channel="text",
        text=SAMPLE_TEXT,
        submitter_name="홍길동",
        submitter_phone="01012345678",
        department_id=roads.id,
        received_at=dt.datetime(2026, 10, 2, 9, 30),
        actor=run.actor,
    )
    review = cases.start_review(case_id=intake.case_id, actor=run.actor, expected_version=None)
    cases.classify_case(
        case_id=intake.case_id,
        classification="long_term_review",
        reason_code="large_budget",
        reason_text="보도 신설에는 약 38억 원의 사업비가 필요하여 2027년 본예산 편성 때 다시 검토합니다.",
        actor=run.actor,
        expected_version=review.version,
    )
    run.case_ids["letter"] = intake.case_id
    case = Case.get_by_id(intake.case_id)
    if case.classification != "long_term_review" or case.promise_due_at is None:
        raise RuntimeError(f"case {case.number} is {case.status}/{case.classification}")
    return f"case {case.number}: received, routed, reviewed, classified long-term review"


def _letter(run: Run) -> str:
    from pypdf import PdfReader

    from civicdesk_gui.actions.letters import issue_letter
    from civicdesk_gui.queries.letters import letter_draft

    case_id = run.case_ids.get("letter")
    if case_id is None:
        raise RuntimeError("no case to write to (the case check failed)")
    draft = letter_draft(case_id, "ko")
    issued = issue_letter(
        case_id=case_id,
        actor=run.actor,
        expected_version=draft.case_version,
        language="ko",
        subject=draft.subject,
        body=draft.body,
    )
    reader = PdfReader(io.BytesIO(issued.pdf))
    text = "".join(page.extract_text() or "" for page in reader.pages)
    for expected in ("파주시장", issued.register_number):
        if expected not in text.replace(" ", "") and expected not in text:
            raise RuntimeError(f"{expected!r} not found in the letter's text")
    unembedded = _unembedded_fonts(reader)
    if unembedded:
        raise RuntimeError(f"fonts not embedded: {', '.join(sorted(unembedded))}")
    return (
        f"letter {issued.register_number}: {len(reader.pages)} page(s), Korean text read back, fonts embedded"
    )


def _unembedded_fonts(reader) -> set[str]:
    missing = set()
    for page in reader.pages:
        fonts = (page.get("/Resources") or {}).get("/Font") or {}
        for ref in fonts.values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            if not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                missing.add(str(font.get("/BaseFont")))
    return missing


def _briefing(run: Run) -> str:
    from pypdf import PdfReader

    from civicdesk_gui.documents.briefing_pdf import briefing_pdf_bytes
    from civicdesk_gui.domain.periods import period_for
    from civicdesk_gui.queries.briefing import Scope, load_briefing

    now = dt.datetime(2026, 10, 5, 9, 0)  # the Monday after the selftest's case came in
    briefing = load_briefing(Scope(period_for("this_month", now.date()), None), now)
    reader = PdfReader(io.BytesIO(briefing_pdf_bytes(briefing, city="파주시")))
    text = "".join(page.extract_text() or "" for page in reader.pages)
    if "파주시" not in text or "2026" not in text:
        raise RuntimeError(f"the briefing's text was not read back: {text[:80]!r}")
    unembedded = _unembedded_fonts(reader)
    if unembedded:
        raise RuntimeError(f"fonts not embedded: {', '.join(sorted(unembedded))}")
    return f"morning briefing of {now:%Y-%m-%d}: {len(reader.pages)} page(s), Korean text read back, fonts embedded"


def _gateway_import(run: Run) -> str:
    from civicdesk_gui.actions.case_import import import_sms_file

    path = run.folder / "gateway.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["수신일시", "발신번호", "성명", "내용"])
        writer.writerow(["2026-11-03 08:43", "010-2222-3333", "김영희", "금촌역 앞 가로등이 꺼져 있습니다"])
        writer.writerow(
            ["2026년 11월 3일 오후 8:43", "010-4444-5555", "이철수", "운정 호수공원 쓰레기통이 넘칩니다"]
        )
    first = import_sms_file(path, actor=run.actor)
    again = import_sms_file(path, actor=run.actor)
    if (first.imported, again.imported, again.duplicates) != (2, 0, 2):
        raise RuntimeError(
            f"imported {first.imported} then {again.imported} (duplicates {again.duplicates}); expected 2, 0, 2"
        )
    return "2 text messages imported from CSV; importing again added nothing"


def _exports(run: Run) -> str:
    from openpyxl import load_workbook

    from civicdesk_gui.actions.exports import export_cases
    from civicdesk_gui.queries.case_list import CaseFilter, CaseSort, count_cases

    expected = count_cases(CaseFilter())
    csv_path, xlsx_path = run.folder / "cases.csv", run.folder / "cases.xlsx"
    for path, fmt in ((csv_path, "csv"), (xlsx_path, "xlsx")):
        export_cases(actor=run.actor, case_filter=CaseFilter(), sort=CaseSort(), path=path, fmt=fmt)
    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        csv_rows = len(list(csv.reader(handle))) - 1
    book = load_workbook(xlsx_path, read_only=True)
    try:
        xlsx_rows = sum(1 for _row in book.worksheets[0].iter_rows()) - 1
    finally:
        book.close()
    if not csv_rows == xlsx_rows == expected:
        raise RuntimeError(f"{expected} cases, but CSV has {csv_rows} rows and XLSX {xlsx_rows}")
    return f"{expected} cases to CSV and XLSX (audited), read back"


def _open311(run: Run) -> str:
    import json

    from civicdesk_gui.actions.exports import export_open311
    from civicdesk_gui.actions.open311_import import import_open311_file
    from civicdesk_gui.queries.case_list import CaseFilter

    path = run.folder / "requests.json"
    count = export_open311(actor=run.actor, case_filter=CaseFilter(), path=path).rows
    again = import_open311_file(path, actor=run.actor)
    if again.imported or again.duplicates != count:
        raise RuntimeError(f"re-importing our own {count} requests imported {again.imported}")
    foreign = run.folder / "foreign.json"
    foreign.write_text(
        json.dumps(
            [
                {
                    "service_request_id": 638344,
                    "status": "open",
                    "service_code": "parks",
                    "description": None,
                    "service_name": "Park maintenance",
                    "requested_datetime": "2010-04-14T06:37:38-08:00",
                }
            ]
        ),
        encoding="utf-8",
    )
    report = import_open311_file(foreign, actor=run.actor)
    if report.imported != 1:
        raise RuntimeError(f"a foreign request was not imported: {report.rejected or report.unmapped}")
    return f"{count} cases to requests.json; read back as duplicates; 1 foreign request imported"


def _main_window(run: Run) -> str:
    from civicdesk_gui.ui.selftest_window import open_every_screen

    return open_every_screen(run.actor, run.folder)


CHECKS: list[Check] = [
    Check("resources", _resources),
    Check("database", _database),
    Check("postgresql driver", _postgres_driver),
    Check("holidays", _holidays),
    Check("cases", _case_workflow),
    Check("letter", _letter),
    Check("briefing", _briefing),
    Check("import", _gateway_import),
    Check("export", _exports),
    Check("open311", _open311),
    Check("main window", _main_window),
]


# ---------------------------------------------------------------------------------------- runner


def run_selftest(
    out: TextIO | None = None, err: TextIO | None = None, checks: list[Check] | None = None
) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    # The main window is built offscreen unless a display is asked for explicitly.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    frozen = getattr(sys, "frozen", False)
    print(
        f"CivicDesk {__version__} selftest ({'frozen build' if frozen else 'Python ' + sys.version.split()[0]})",
        file=out,
        flush=True,
    )
    folder = Path(tempfile.mkdtemp(prefix="civicdesk-selftest-"))
    run = Run(folder)
    failed: list[str] = []
    skipped = 0
    try:
        for check in checks or CHECKS:
            started = time.perf_counter()
            try:
                detail = check.run(run)
            except Skipped as note:
                skipped += 1
                print(f"skipped {check.name}: {note}", file=out, flush=True)
                continue
            except Exception as exc:
                failed.append(check.name)
                reason = " ".join(str(exc).split()) or type(exc).__name__
                print(f"FAILED  {check.name}: {type(exc).__name__}: {reason}", file=out, flush=True)
                traceback.print_exc(file=err)
                continue
            took = time.perf_counter() - started
            print(f"ok      {check.name}: {detail} ({took:.1f} s)", file=out, flush=True)
    finally:
        from civicdesk_gui.store.database import close

        close()
        shutil.rmtree(folder, ignore_errors=True)
    total = len(checks or CHECKS)
    summary = f"{total - len(failed) - skipped} ok, {skipped} skipped, {len(failed)} failed"
    if failed:
        print(f"selftest FAILED ({summary}): {', '.join(failed)}", file=out, flush=True)
        return 1
    print(f"selftest passed ({summary})", file=out, flush=True)
    return 0
