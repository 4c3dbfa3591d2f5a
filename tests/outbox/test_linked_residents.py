"""Every linked resident told: a merged group of five residents gets five drafts, each addressed to
its resident as they chose; one approval sends the texts to the outbox; the delivery report marks
them; each case shows who was told what."""

from __future__ import annotations

import datetime as dt

from civicdesk_gui.actions import cases, linked_replies, outbox
from civicdesk_gui.queries.outbox import batch_message_ids, case_messages, linked_case_ids
from civicdesk_gui.store.models import Case, OutboxMessage
from tests.outbox.outbox_samples import report_file, text_case

HANDED = dt.datetime(2026, 11, 4, 21, 0)


def _group(actor) -> list[int]:
    """Five residents raising the same thing; two merged onto a duplicate (a chain), so the links go deep."""
    ids = [
        text_case(actor, name=f"주민{i}", phone=f"010-5000-000{i}", text=f"공원 나무가 말라 죽었어요 {i}")
        for i in range(5)
    ]
    cases.mark_duplicate(case_id=ids[1], original_id=ids[0], actor=actor, expected_version=None)
    cases.mark_duplicate(case_id=ids[2], original_id=ids[0], actor=actor, expected_version=None)
    cases.mark_duplicate(case_id=ids[3], original_id=ids[2], actor=actor, expected_version=None)
    cases.mark_duplicate(case_id=ids[4], original_id=ids[3], actor=actor, expected_version=None)
    return ids


def test_five_merged_residents_five_drafts_one_approval_five_marked(any_db, actor, tmp_path):
    ids = _group(actor)
    text_case(actor, name="다른 사람", phone="010-5999-0000")  # not linked: not told
    assert sorted(linked_case_ids(ids[4])) == sorted(ids)  # from any member of the group
    prepared = linked_replies.prepare_linked_replies(
        case_id=ids[3], text="{이름}님, 접수번호 {접수번호} 건의 나무를 새로 심었습니다.", actor=actor
    )
    assert len(prepared.message_ids) == 5 and sorted(prepared.case_ids) == sorted(ids)
    drafts = list(OutboxMessage.select().order_by(OutboxMessage.id))
    assert {m.state for m in drafts} == {"draft"}
    for message in drafts:
        case = Case.get_by_id(message.case_id)
        assert (
            message.message == f"{case.submitter_name}님, 접수번호 {case.number} 건의 나무를 새로 심었습니다."
        )
        assert message.recipient_phone == case.submitter_phone and message.method == "text"
    assert outbox.export_outbox(actor=actor, path=tmp_path / "early.csv").count == 0  # drafts wait

    outbox.release_for_sending(message_ids=batch_message_ids(prepared.batch), actor=actor)
    done = outbox.export_outbox(actor=actor, path=tmp_path / "send.csv", at=HANDED)
    assert done.count == 5
    assert all(Case.get_by_id(i).first_reply_at == HANDED for i in ids)

    report = outbox.import_delivery_report(
        report_file(tmp_path / "report.csv", [(m, "", "성공", "") for m in prepared.message_ids]), actor=actor
    )
    assert report.delivered == 5 and report.accounted == 5
    for case_id in ids:
        (told,) = case_messages(case_id)
        assert told.state == "delivered" and told.recipient_name.startswith("주민")


def test_each_resident_is_told_the_way_they_chose(any_db, actor):
    by_text = text_case(actor, name="문자", phone="010-6000-0001")
    by_letter = cases.intake_case(
        channel="walk_in",
        text="공원 나무가 말라 죽었어요",
        submitter_name="편지",
        submitter_address="파주시 문산읍 1",
        actor=actor,
        reply_by="letter",
    ).case_id
    no_number = cases.intake_case(
        channel="walk_in", text="공원 나무", submitter_name="전화", actor=actor
    ).case_id
    for other in (by_letter, no_number):
        cases.mark_duplicate(case_id=other, original_id=by_text, actor=actor, expected_version=None)
    prepared = linked_replies.prepare_linked_replies(
        case_id=by_text, text="{이름}님, 조치했습니다.", actor=actor
    )
    methods = {
        m.case_id: m.method for m in OutboxMessage.select().where(OutboxMessage.id.in_(prepared.message_ids))
    }
    assert methods == {by_text: "text", by_letter: "letter", no_number: "phone"}
    outbox.release_for_sending(message_ids=prepared.message_ids, actor=actor)
    letter_message = next(
        m for m, c in zip(prepared.message_ids, prepared.case_ids, strict=True) if c == by_letter
    )
    outbox.settle_by_hand(message_id=letter_message, how="done", note="우편 발송", actor=actor)
    assert OutboxMessage.get_by_id(letter_message).state == "done"
    assert Case.get_by_id(by_letter).first_reply_at is not None  # told by letter: the clocks are met


def _review(actor, case_id: int) -> None:
    from civicdesk_gui.store.models import Department

    roads = Department.get(Department.code == "도로관리과")
    cases.route_case(case_id=case_id, department_id=roads.id, actor=actor, expected_version=None)
    cases.start_review(case_id=case_id, actor=actor, expected_version=None)


def test_recording_the_result_drafts_a_reply_for_every_linked_resident(any_db, actor):
    ids = _group(actor)
    lonely = text_case(actor, name="혼자", phone="010-5999-0001")
    for case_id in (ids[0], lonely):
        _review(actor, case_id)
    result = cases.classify_case(
        case_id=ids[0], classification="resolved", actor=actor, expected_version=None
    )
    drafts = list(OutboxMessage.select().where(OutboxMessage.state == "draft"))
    assert sorted(m.case_id for m in drafts) == sorted(ids)
    assert result.changes.touches_outbox([drafts[0].id])
    for message in drafts:  # the outcome's template, each addressed to its own resident
        case = Case.get_by_id(message.case_id)
        assert (
            message.message.startswith(f"{case.submitter_name}님") and "조치를 마쳤습니다" in message.message
        )
    cases.classify_case(case_id=lonely, classification="resolved", actor=actor, expected_version=None)
    assert OutboxMessage.select().count() == 5  # a single resident is replied to as usual


def test_an_agency_answer_on_a_referred_group_drafts_each_reply(any_db, actor):
    from civicdesk_gui.store.models import Agency

    ids = _group(actor)
    police = Agency.select().first()
    _review(actor, ids[0])
    cases.refer_case(
        case_id=ids[0], agency_id=police.id, note="신호등은 경찰 소관", actor=actor, expected_version=None
    )
    first = list(OutboxMessage.select())
    assert len(first) == 5  # referred: told where it went
    outbox.release_for_sending(message_ids=[m.id for m in first], actor=actor)
    cases.record_progress(
        case_id=ids[0], text="교차로 신호 주기를 {조정} 했습니다", actor=actor, expected_version=None
    )
    answers = list(OutboxMessage.select().where(OutboxMessage.state == "draft"))
    assert len(answers) == 5
    assert all(
        police.name in m.message and m.message.endswith("교차로 신호 주기를 {조정} 했습니다") for m in answers
    )


def test_a_lone_brace_is_kept_as_typed(any_db, actor):
    ids = _group(actor)
    prepared = linked_replies.prepare_linked_replies(case_id=ids[0], text="{이름}님 {조치 완료", actor=actor)
    assert {m.message for m in OutboxMessage.select().where(OutboxMessage.id.in_(prepared.message_ids))} == {
        "{이름}님 {조치 완료"
    }


def test_the_agency_answer_action_drafts_each_linked_reply(any_db, actor):
    """The statutory referral's own action (record_agency_answer) tells the group, as progress does."""
    from civicdesk_gui.actions import notices
    from civicdesk_gui.store.models import Agency

    ids = _group(actor)
    agency = Agency.select().first()
    _review(actor, ids[0])
    cases.refer_case(
        case_id=ids[0], agency_id=agency.id, note="소관 기관 이송", actor=actor, expected_version=None
    )
    outbox.release_for_sending(message_ids=[m.id for m in OutboxMessage.select()], actor=actor)
    changes = notices.record_agency_answer(case_id=ids[0], text="보수 공사를 마쳤습니다", actor=actor)
    answers = list(OutboxMessage.select().where(OutboxMessage.state == "draft"))
    assert sorted(m.case_id for m in answers) == sorted(ids)
    assert all(agency.name in m.message and m.message.endswith("보수 공사를 마쳤습니다") for m in answers)
    assert changes.touches_outbox([answers[0].id])
