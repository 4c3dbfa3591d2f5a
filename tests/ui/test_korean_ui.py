"""The Korean interface: every string translated with its placeholders intact, the shipped .qm built
from the current .ts, and the main window's navigation in Korean once the translators are installed."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
TS = I18N / "civicdesk_ko.ts"
QM = I18N / "civicdesk_ko.qm"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _messages(with_comment: bool = False):
    """(context, source, translation element[, disambiguation]) for every message in the .ts."""
    root = ET.parse(TS).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found = (name, message.findtext("source"), message.find("translation"))
            yield (*found, message.findtext("comment")) if with_comment else found


def _texts(translation) -> list[str]:
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def test_every_message_is_translated_with_its_placeholders():
    messages = list(_messages())
    assert messages
    problems = []
    for context, source, translation in messages:
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is not finished")
            continue
        for text in _texts(translation):
            if not text.strip():
                problems.append(f"{context}: {source!r} has an empty translation")
            elif sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{context}: {source!r} -> {text!r} changes the placeholders")
    assert not problems, "\n".join(problems)


def _qt_tool(tool: str) -> Path:
    folder = Path(sys.executable).parent
    for name in (f"pyside6-{tool}", f"pyside6-{tool}.exe"):
        if (folder / name).exists():
            return folder / name
    pytest.skip(f"pyside6-{tool} is not installed next to the interpreter")


def _lrelease() -> Path:
    return _qt_tool("lrelease")


def test_every_string_in_the_code_is_in_the_translation(tmp_path):
    """A tr() string added to the UI, or an error message added to the catalog, without its Korean
    fails here: run ./dev translations and translate. Scans what ./dev translations scans: the package."""
    files = sorted(str(p) for p in (Path(__file__).resolve().parents[2] / "civicdesk_gui").rglob("*.py"))
    assert {Path(f).name for f in files} >= {"error_catalog.py", "case_detail_view.py"}
    fresh = tmp_path / "fresh.ts"
    fresh.write_bytes(TS.read_bytes())
    subprocess.run(
        [str(_qt_tool("lupdate")), "-no-obsolete", "-locations", "none", *files, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    root = ET.parse(fresh).getroot()
    missing = [
        f"{context.findtext('name')}: {message.findtext('source')!r}"
        for context in root.iter("context")
        for message in context.iter("message")
        if message.find("translation").get("type") == "unfinished"
    ]
    assert not missing, "untranslated UI strings:\n" + "\n".join(missing)


def test_committed_qm_is_compiled_from_the_current_ts(tmp_path):
    fresh = tmp_path / "civicdesk_ko.qm"
    subprocess.run([str(_lrelease()), "-silent", str(TS), "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == QM.read_bytes(), (
        "civicdesk_ko.qm is out of date: run pyside6-lrelease resources/i18n/civicdesk_ko.ts "
        "-qm resources/i18n/civicdesk_ko.qm"
    )


def test_qm_translates_every_message(qapp):
    translator = QTranslator()
    assert translator.load(str(QM))
    for context, source, translation, disambiguation in _messages(with_comment=True):
        assert translator.translate(context, source, disambiguation) == _texts(translation)[0]


def test_main_window_navigation_is_korean(korean, qtbot, context):
    from civicdesk_gui.ui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    labels = [window.rail.item(i).text() for i in range(window.rail.count())]
    for korean_label in ("민원", "이동시장실", "회신문", "설정"):
        assert korean_label in labels
    assert "Cases" not in labels


def test_rejected_import_rows_are_reported_in_korean(korean):
    from civicdesk_gui.documents.sms_import import RowProblem
    from civicdesk_gui.ui.cases.import_dialog import problem_text

    assert problem_text(RowProblem("문자.csv", 6, "import.row_no_text")) == "문자.csv 6행: 내용 없음"
    assert problem_text(RowProblem("문자.csv", 7, "import.row_bad_date", {"value": "어제"})) == (
        "문자.csv 7행: 읽을 수 없는 수신일시 '어제'"
    )
    long_name = RowProblem(
        "문자.csv", 9, "import.row_field_too_long", {"field": "name", "length": 61, "limit": 60}, 12
    )
    assert problem_text(long_name) == "문자.csv 9행(12번째 줄): 성명 글자 수가 61자입니다(최대 60자)"


def test_the_import_report_is_korean(korean, sqlite_db, tmp_path):
    from civicdesk_gui.actions.actor import ensure_user
    from civicdesk_gui.actions.case_import import import_sms_file
    from civicdesk_gui.ui.cases.import_dialog import report_text
    from tests.data import sms_samples

    samples = sms_samples.write_samples(tmp_path)
    import_sms_file(samples["gateway_utf8.csv"], actor=ensure_user("nightly", display_name="야간 작업"))
    text = report_text(
        import_sms_file(samples["gateway_utf8.csv"], actor=ensure_user("nightly", display_name="야간 작업"))
    )
    assert text.startswith("파일: gateway_utf8.csv (8행, utf-8)\n") and "이미 가져온 파일입니다" in text
    assert "가져온 건: 0\n이미 가져온 건(중복): 5\n거부한 행: 3" in text
    assert "gateway_utf8.csv 8행: 내용이 10,001자입니다(최대 10,000자)" in text


def test_the_calendar_import_report_is_korean(korean, sqlite_db, tmp_path):
    from civicdesk_gui.actions.actor import ensure_user
    from civicdesk_gui.actions.session_import import import_ics_file
    from civicdesk_gui.ui.sessions.ics_import_report import ics_report_text
    from tests.documents.test_session_ics_robustness import BROKEN, calendar, event

    path = tmp_path / "달력.ics"
    path.write_bytes(calendar(event("good-1@city"), BROKEN["year 9999"][0]))
    text = ics_report_text(import_ics_file(path, actor=ensure_user("nightly", display_name="야간 작업")))
    assert text.splitlines()[:2] == [
        "달력.ics: 일정 2건",
        "새로 등록: 1, 변경: 0, 변경 없음: 0, 건너뜀: 0, 거부: 1",
    ]
    assert "거부: 2번째 일정(y9999@city)의 시작이 9999-12-31입니다" in text
