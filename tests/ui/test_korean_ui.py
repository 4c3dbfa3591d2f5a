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

    assert problem_text(RowProblem("문자.csv", 6, "no text", "no_text")) == "문자.csv 6행: 내용 없음"
    assert problem_text(RowProblem("문자.csv", 7, "unparseable date '어제'", "bad_date", "어제")) == (
        "문자.csv 7행: 읽을 수 없는 수신일시 '어제'"
    )
