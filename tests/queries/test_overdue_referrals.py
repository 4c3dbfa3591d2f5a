"""Referrals waiting for the agency's answer past their reminder date (이송·이첩 회신 지연) on the
mayor's briefing, on both back ends: the rows (agency, case number, days waiting), the list the figure
opens (the same cases), the briefing's paper, and what drops out when the agency answers."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from civicdesk_gui.actions import cases, notices
from civicdesk_gui.actions.actor import ensure_user
from civicdesk_gui.documents.briefing_pdf import briefing_pdf_bytes
from civicdesk_gui.domain.periods import period_for
from civicdesk_gui.queries import briefing
from civicdesk_gui.queries.case_list import count_cases, fetch_page
from civicdesk_gui.queries.notices import referrals_waiting
from civicdesk_gui.store.models import Agency, Case, Department

D = dt.datetime
NOW = D(2026, 3, 20, 9, 0)  # a Friday


def _referred(actor, roads, agency, *, received: dt.datetime, referred: dt.datetime) -> int:
    case_id = cases.intake_case(
        channel="text", text="신호등 주기를 늘려 주세요", category="policy_suggestion", submitter_name="김영희",
        received_at=received, at=received, department_id=roads.id, actor=actor,
    ).case_id  # fmt: skip
    cases.start_review(case_id=case_id, actor=actor, expected_version=None, at=received)
    cases.refer_case(
        case_id=case_id, agency_id=agency.id, note="소관 기관으로 이송", actor=actor, expected_version=None,
        at=referred,
    )  # fmt: skip
    return case_id


def test_overdue_referrals_on_the_briefing(any_db):
    actor = ensure_user("soutong", display_name="김소통")
    roads = Department.get(Department.code == "도로관리과")
    police = Agency.get(Agency.name == "파주경찰서")
    education = Agency.get(Agency.name == "파주교육지원청")
    # Referred 20 and 9 days ago (reminders 13 and 2 days ago), and 3 days ago (reminder not yet due).
    old = _referred(actor, roads, police, received=D(2026, 2, 23, 10, 0), referred=D(2026, 2, 28, 10, 0))
    recent = _referred(actor, roads, education, received=D(2026, 3, 9, 10, 0), referred=D(2026, 3, 11, 15, 0))
    not_yet = _referred(actor, roads, police, received=D(2026, 3, 16, 10, 0), referred=D(2026, 3, 17, 9, 0))
    answered = _referred(actor, roads, police, received=D(2026, 2, 2, 10, 0), referred=D(2026, 2, 3, 10, 0))
    notices.record_agency_answer(
        case_id=answered, text="조치 완료 회신", actor=actor, at=D(2026, 2, 20, 10, 0)
    )

    rows = briefing.overdue_referrals(NOW.date())
    numbers = {c.id: c.number for c in Case.select()}
    assert [(r.case_id, r.agency, r.number, r.days_waiting) for r in rows] == [
        (old, "파주경찰서", numbers[old], 20),
        (recent, "파주교육지원청", numbers[recent], 9),
    ]
    assert rows[0].remind_on == dt.date(2026, 3, 7) and rows[0].referred_at == D(2026, 2, 28, 10, 0)
    assert not_yet not in {r.case_id for r in rows}
    # The longest waiting first, at most `limit`; the count is all of them.
    assert [r.case_id for r in briefing.overdue_referrals(NOW.date(), limit=1)] == [old]
    assert briefing.overdue_referral_count(NOW.date()) == 2
    # The same cases as the notices' reminder list, and as the list the figure opens.
    assert {r.case_id for r in rows} == {w.case_id for w in referrals_waiting(NOW.date())}
    case_filter = briefing.tile_filter("referral_overdue")
    assert count_cases(case_filter, now=NOW) == 2
    assert {r.id for r in fetch_page(case_filter, limit=10, now=NOW)} == {old, recent}
    # The whole briefing carries them, and its paper prints them.
    loaded = briefing.load_briefing(
        briefing.Scope(period_for("this_month", NOW.date())), NOW, with_trends=False
    )
    assert [r.case_id for r in loaded.overdue_referrals] == [
        old,
        recent,
    ] and loaded.overdue_referral_count == 2
    text = " ".join(
        PdfReader(io.BytesIO(briefing_pdf_bytes(loaded, city="파주시"))).pages[0].extract_text().split()
    )
    assert "이송·이첩 회신 지연 (2건)" in text and numbers[old] in text and "20일" in text
    assert len(PdfReader(io.BytesIO(briefing_pdf_bytes(loaded))).pages) == 1
    # The agency answers: the case leaves the section.
    notices.record_agency_answer(case_id=old, text="단속 강화 회신", actor=actor, at=D(2026, 3, 20, 8, 0))
    assert [r.case_id for r in briefing.overdue_referrals(NOW.date())] == [recent]
    assert briefing.overdue_referral_count(NOW.date()) == 1


def test_no_overdue_referral_no_section(any_db):
    loaded = briefing.load_briefing(
        briefing.Scope(period_for("this_month", NOW.date())), NOW, with_trends=False
    )
    assert loaded.overdue_referrals == [] and loaded.overdue_referral_count == 0
    text = PdfReader(io.BytesIO(briefing_pdf_bytes(loaded))).pages[0].extract_text()
    assert "이송·이첩" not in text
