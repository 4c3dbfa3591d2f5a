"""The pre-visit brief for a Mobile Mayor's Office session, read back with pypdf."""

from __future__ import annotations

import datetime as dt

from pypdf import PdfReader

from civicdesk_gui.actions import sessions as actions
from civicdesk_gui.actions.session_suggestions import Suggestion, record_suggestions
from civicdesk_gui.documents.pre_visit_brief import build_pre_visit_brief
from civicdesk_gui.queries.session_brief import brief_data
from tests.session_samples import town


def test_pre_visit_brief_pdf(sqlite_db, tmp_path):
    from civicdesk_gui.actions.actor import ensure_user
    from civicdesk_gui.actions.cases import intake_case

    actor = ensure_user("tester")
    earlier = actions.schedule_session(
        starts_at=dt.datetime(2026, 1, 13, 14),
        ends_at=dt.datetime(2026, 1, 13, 16),
        actor=actor,
        unit_type="town",
        unit_name="운정3동 주민",
        town_id=town("운정3동"),
    )
    actions.record_held(
        session_id=earlier.session_id,
        attendees=52,
        minutes="",
        actor=actor,
        expected_version=1,
        at=dt.datetime(2026, 1, 13, 17),
    )
    record_suggestions(
        session_id=earlier.session_id,
        suggestions=[Suggestion("한울공원 산책로 가로등 설치 요청")],
        actor=actor,
    )
    intake_case(
        channel="text", text="운정3동 버스정류장 온열 의자 고장", actor=actor, town_id=town("운정3동")
    )
    request = actions.request_session(
        requested_by="운정3동 주민자치회장 이정호",
        unit_type="town",
        town_id=town("운정3동"),
        unit_name="운정3동 주민",
        actor=actor,
        via_office="운정3동 행정복지센터",
        expected_attendance=60,
    )
    upcoming = actions.schedule_session(
        starts_at=dt.datetime(2026, 12, 8, 14),
        ends_at=dt.datetime(2026, 12, 8, 16),
        actor=actor,
        request_id=request.request_id,
        place="운정3동 행정복지센터",
    )
    path = build_pre_visit_brief(brief_data(upcoming.session_id), tmp_path / "brief.pdf")
    reader = PdfReader(path)
    assert 1 <= len(reader.pages) <= 2
    text = "".join(page.extract_text() for page in reader.pages)
    for expected in (
        "이동시장실 사전 보고",
        "운정3동 주민자치회장 이정호",
        "운정3동 행정복지센터",
        "한울공원 산책로 가로등",
        "버스정류장 온열 의자",
        "S2026-0001",
    ):
        assert expected in text, expected
    # The mayor's first page: what to know first, and every page numbered "1 / N".
    assert "방문 전 알아 둘 점" in text and "처리 중인 민원" in text
    first = reader.pages[0].extract_text()
    assert first.index("방문 전 알아 둘 점") < first.index("처리 중인 민원 (")
    for number, page in enumerate(reader.pages, start=1):
        assert f"{number} / {len(reader.pages)}" in page.extract_text()
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/FontDescriptor"].get_object() if "/FontDescriptor" in font else {}
            assert "/FontFile2" in descriptor, f"{font['/BaseFont']} is not embedded"
            fonts.add(str(font["/BaseFont"]).split("+")[-1])
    assert fonts <= {"NanumGothic", "NanumGothicBold", "NanumMyeongjoBold"} and "NanumGothic" in fonts


def test_brief_tables_break_lines_between_words_only():
    """ "다칠" never becomes "다/칠": table cells wrap at spaces (the default), not between syllables."""
    from civicdesk_gui.documents.pre_visit_brief import _styles, register_fonts

    register_fonts()
    assert _styles()["cell"].wordWrap is None


def test_the_brief_masks_phones_unless_the_reader_may_see_them(any_db, tmp_path):
    from civicdesk_gui.actions.actor import ensure_user
    from civicdesk_gui.actions.cases import intake_case
    from civicdesk_gui.domain.masking import NOBODY, PersonalDataPolicy

    actor = ensure_user("tester")
    intake_case(
        channel="text", text="010-2345-6789 운정3동 가로등 고장 신고", actor=actor, town_id=town("운정3동")
    )
    request = actions.request_session(
        requested_by="운정3동 주민자치회장 이정호",
        contact="010-9876-5432",
        unit_type="town",
        town_id=town("운정3동"),
        unit_name="운정3동 주민",
        actor=actor,
    )
    session = actions.schedule_session(
        starts_at=dt.datetime(2026, 12, 8, 14),
        ends_at=dt.datetime(2026, 12, 8, 16),
        actor=actor,
        request_id=request.request_id,
        place="운정3동 행정복지센터",
    )
    texts = {}
    for name, privacy in (("viewer", NOBODY), ("coordinator", PersonalDataPolicy("coordinator"))):
        path = build_pre_visit_brief(
            brief_data(session.session_id), tmp_path / f"{name}.pdf", privacy=privacy
        )
        texts[name] = "".join(page.extract_text() for page in PdfReader(path).pages)
    assert "010-****-5432" in texts["viewer"] and "010-9876-5432" not in texts["viewer"]
    assert "010-****-6789" in texts["viewer"] and "2345" not in texts["viewer"]
    assert "010-9876-5432" in texts["coordinator"] and "010-2345-6789" in texts["coordinator"]
