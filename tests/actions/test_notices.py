"""Statutory notices as letters, on both back ends: the clocks they move worked out by hand (an
extension, a supplement's pause), every notice's PDF read back (수신, 제목, 끝, 시행 number, the
official in charge), the referral tracked until the agency answers.

Holidays from the `holidays` package: Chuseok 2026 Thu 24 – Sat 26 Sep, Foundation Day's alternative
Mon 5 Oct, Hangul Day Fri 9 Oct."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from civicdesk_gui.actions import cases, notices
from civicdesk_gui.domain import clocks
from civicdesk_gui.errors import ValidationError
from civicdesk_gui.store.letter_models import Letter
from civicdesk_gui.store.models import Agency, Case, Department, Official

D = dt.datetime


@pytest.fixture
def roads(any_db):
    dept = Department.get(Department.code == "도로관리과")
    Official.create(
        name="박민수", rank="주무관", department=dept, phone="031-940-4311", email="minsu@paju.go.kr"
    )
    return dept


def _case(actor, roads, kind, received):
    case_id = cases.intake_case(
        channel="text", text="통학로에 보도를 설치해 주세요", category="policy_suggestion", petition_kind=kind,
        submitter_name="김영희", received_at=received, at=received, department_id=roads.id, actor=actor,
    ).case_id  # fmt: skip
    cases.start_review(case_id=case_id, actor=actor, expected_version=None, at=received)
    return case_id


def _text(pdf: bytes) -> str:
    return " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())


def test_pause_and_extension_arithmetic_by_hand():
    grievance, immediate = clocks.Period(7, "statutory_days"), clocks.Period(3, "working_hours")
    # 고충 received Mon 9 Mar 10:00 is due Tue 17 Mar 18:00. A supplement asked Wed 11 at 15:00 and
    # answered Mon 16 at 11:00: Thu 12, Fri 13 and Mon 16 are not counted → Fri 20 Mar 18:00.
    assert grievance.due_from(D(2026, 3, 9, 10, 0)) == D(2026, 3, 17, 18, 0)
    assert clocks.paused_due(
        grievance, D(2026, 3, 17, 18, 0), D(2026, 3, 11, 15, 0), D(2026, 3, 16, 11, 0)
    ) == D(2026, 3, 20, 18, 0)
    # 기타 received Wed 11 Mar 10:00 is due 14:00 (lunch not counted). Paused 11:00 – Thu 10:00:
    # 7 office hours (1 + 5 + 1) → Thu 12 Mar 12:00, i.e. the 2 hours left, counted from Thursday 10:00.
    assert immediate.due_from(D(2026, 3, 11, 10, 0)) == D(2026, 3, 11, 14, 0)
    assert clocks.paused_due(
        immediate, D(2026, 3, 11, 14, 0), D(2026, 3, 11, 11, 0), D(2026, 3, 12, 10, 0)
    ) == D(2026, 3, 12, 12, 0)
    # 건의 14 days from Mon 21 Sep is Wed 14 Oct; extended by 14 (the most, 시행령 제21조):
    # 15, 16, 19–23, 26–30 Oct, 2 Nov, 3 Nov → Tue 3 Nov 18:00.
    assert clocks.extended_due(clocks.Period(14, "statutory_days"), D(2026, 10, 14, 18, 0), 14) == D(
        2026, 11, 3, 18, 0
    )
    # 기타 extended by its own 3 working hours: Thu 12:00 → 16:00.
    assert clocks.extended_due(immediate, D(2026, 3, 12, 12, 0), 3) == D(2026, 3, 12, 16, 0)


def test_extension_moves_the_clock_once_and_again_only_with_consent(actor, roads):
    case_id = _case(actor, roads, "suggestion", D(2026, 9, 21, 10, 0))
    assert Case.get_by_id(case_id).statutory_due_at == D(2026, 10, 14, 18, 0)
    with pytest.raises(ValidationError):  # more than the original period
        notices.issue_notice(case_id=case_id, kind="extension", reason="예산 협의", amount=15, actor=actor)
    issued = notices.issue_notice(
        case_id=case_id, kind="extension", reason="관계 기관 협의가 필요합니다", amount=14, actor=actor,
        at=D(2026, 10, 13, 10, 0),
    )  # fmt: skip
    case = Case.get_by_id(case_id)
    assert case.statutory_due_at == issued.statutory_due_at == D(2026, 11, 3, 18, 0) and case.extensions == 1
    text = _text(issued.pdf)
    for part in ("수신 김영희 귀하", "제목 민원(", "처리기간 연장 알림", "연장 사유: 관계 기관 협의가 필요합니다",
                 "처리 완료 예정일: 2026. 11. 3.", "제21조", "끝.", f"시행 {issued.register_number}",
                 "담당: 도로관리과 박민수 주무관(전화 031-940-4311)"):  # fmt: skip
        assert part in text, part
    with pytest.raises(ValidationError) as caught:  # a second extension needs the resident's consent
        notices.issue_notice(case_id=case_id, kind="extension", reason="추가 협의", amount=3, actor=actor)
    assert caught.value.field == "consent"
    second = notices.issue_notice(
        case_id=case_id, kind="extension", reason="추가 협의", amount=3, consent_on=dt.date(2026, 11, 2),
        actor=actor, at=D(2026, 11, 2, 10, 0),
    )  # fmt: skip
    assert second.statutory_due_at == D(2026, 11, 6, 18, 0)  # 4, 5, 6 Nov
    assert "2026. 11. 2. 귀하의 동의를 받아 다시 연장합니다" in _text(second.pdf)
    with pytest.raises(ValidationError):
        notices.issue_notice(
            case_id=case_id,
            kind="extension",
            reason="x",
            amount=1,
            consent_on=dt.date(2026, 11, 5),
            actor=actor,
        )
    assert Letter.select().where(Letter.case == case_id).count() == 2


def test_a_supplement_pauses_the_clock_until_the_answer(actor, roads):
    case_id = _case(actor, roads, "grievance", D(2026, 3, 9, 10, 0))
    issued = notices.issue_notice(
        case_id=case_id, kind="supplement", missing="현장 사진", by_date=dt.date(2026, 3, 20), actor=actor,
        at=D(2026, 3, 11, 15, 0),
    )  # fmt: skip
    assert Case.get_by_id(case_id).paused_at == D(2026, 3, 11, 15, 0)
    text = _text(issued.pdf)
    assert "보완할 사항: 현장 사진" in text and "보완 기한: 2026. 3. 20." in text and "제20조" in text
    notices.record_supplement(case_id=case_id, actor=actor, at=D(2026, 3, 16, 11, 0))
    case = Case.get_by_id(case_id)
    assert case.paused_at is None and case.statutory_due_at == D(2026, 3, 20, 18, 0)
    with pytest.raises(ValidationError):
        notices.record_supplement(case_id=case_id, actor=actor)


def test_interim_and_transfer_notices_and_the_referral_tracked(actor, roads):
    case_id = _case(actor, roads, "suggestion", D(2026, 1, 5, 10, 0))
    interim = notices.issue_notice(
        case_id=case_id, kind="interim", progress="설계 용역을 발주했습니다", expected_on=dt.date(2026, 4, 30),
        actor=actor, at=D(2026, 2, 5, 10, 0),
    )  # fmt: skip
    text = _text(interim.pdf)
    assert (
        "처리 진행 상황 알림" in text and "진행 상황: 설계 용역을 발주했습니다" in text and "제23조" in text
    )
    case = Case.get_by_id(case_id)
    assert case.result_at is None and case.update_due_at == D(2026, 3, 7, 10, 0)  # progress news, no result
    police = Agency.get(Agency.name == "파주경찰서")
    cases.refer_case(
        case_id=case_id, agency_id=police.id, note="신호 체계는 경찰서 소관입니다", actor=actor,
        expected_version=None, at=D(2026, 2, 10, 9, 0),
    )  # fmt: skip
    assert Case.get_by_id(case_id).referral_remind_on == dt.date(2026, 2, 17)
    transfer = notices.issue_notice(case_id=case_id, kind="transfer", actor=actor, at=D(2026, 2, 10, 11, 0))
    text = _text(transfer.pdf)
    assert (
        "이송 알림" in text
        and "파주경찰서 소관" in text
        and "제16조" in text
        and "신호 체계는 경찰서 소관입니다" in text
    )
    notices.record_agency_answer(
        case_id=case_id, text="3월 중 신호 주기 조정 예정", actor=actor, at=D(2026, 2, 20, 15, 0)
    )
    case = Case.get_by_id(case_id)
    assert case.agency_answered_at == D(2026, 2, 20, 15, 0) and case.referral_remind_on is None
    assert [row.kind for row in Letter.select().where(Letter.case == case_id).order_by(Letter.id)] == [
        "interim",
        "transfer",
    ]


def test_nightly_notices_command_issues_what_is_due(actor, roads, any_db, tmp_path, capsys):
    from civicdesk_gui import cli

    now = dt.datetime.now().replace(microsecond=0)
    # Open 65 days: two interim notices were due (day 30 and day 60); one was sent, so one is due.
    old = _case(actor, roads, "suggestion", now - dt.timedelta(days=65))
    notices.issue_notice(
        case_id=old, kind="interim", progress="설계 중", expected_on=dt.date(2031, 1, 1), actor=actor,
        at=now - dt.timedelta(days=34),
    )  # fmt: skip
    cases.record_progress(case_id=old, text="공사 업체를 선정했습니다", actor=actor, expected_version=None)
    _case(actor, roads, "suggestion", now - dt.timedelta(days=10))  # not due yet
    referred = _case(actor, roads, "suggestion", now - dt.timedelta(days=20))
    cases.refer_case(
        case_id=referred, agency_id=Agency.get(Agency.name == "파주경찰서").id, note="경찰서 소관",
        actor=actor, expected_version=None, at=now - dt.timedelta(days=8),
    )  # fmt: skip
    out_dir = tmp_path / "notices"
    code = cli.main(["notices", "--db", any_db.url, "--as", "tester", "--due", "-o", str(out_dir)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "interim notices due: 1" in out and "referrals awaiting the agency's answer: 1" in out
    files = list(out_dir.glob("*.pdf"))
    assert len(files) == 1 and files[0].name.startswith(Case.get_by_id(old).number)
    text = _text(files[0].read_bytes())
    assert "진행 상황: 공사 업체를 선정했습니다" in text and "끝." in text
    # Run again: nothing more is due.
    code = cli.main(["notices", "--db", any_db.url, "--as", "tester", "--due"])
    assert code == 0 and "interim notices due: 0" in capsys.readouterr().out
