"""A reply by text from the case detail pane goes into the outbox (it counts for the clocks when
handed over), with its size shown as the gateway counts it."""

from __future__ import annotations

from civicdesk_gui.actions import cases
from civicdesk_gui.store.models import Case, CaseEvent, OutboxMessage
from civicdesk_gui.ui.cases.detail.case_detail_view import CaseDetailView


def test_a_text_reply_enters_the_outbox(qtbot, context, desk_actor):
    case_id = cases.intake_case(
        channel="text",
        text="가로등이 꺼졌어요",
        submitter_name="홍길동",
        submitter_phone="010-2345-6789",
        actor=desk_actor,
    ).case_id
    view = CaseDetailView(context)
    qtbot.addWidget(view)
    view.resize(900, 900)
    view.show()
    assert view.show_case(case_id)
    reply = view.open_form("reply")
    reply.method.setCurrentIndex(reply.method.findData("sms"))
    reply.editor.setPlainText("가" * 46)
    assert reply.size.isVisible() and "92 / 2,000" in reply.size.text() and reply.size.over_sms
    reply.editor.setPlainText("가로등을 고쳤습니다")
    assert "19 / 90" in reply.size.text()  # 9 syllables × 2 + a space
    view.save_button.click()
    (message,) = OutboxMessage.select()
    assert (message.case_id, message.state, message.message) == (case_id, "approved", "가로등을 고쳤습니다")
    assert Case.get_by_id(case_id).first_reply_at is None
    assert CaseEvent.select().where(CaseEvent.kind == "outbox").count() == 1


def test_the_case_shows_who_was_told_what_and_a_failed_delivery(qtbot, context, desk_actor, tmp_path):
    from civicdesk_gui.actions import outbox
    from tests.outbox.outbox_samples import report_file

    case_id = cases.intake_case(
        channel="text",
        text="가로등이 꺼졌어요",
        submitter_name="홍길동",
        submitter_phone="010-2345-6789",
        actor=desk_actor,
    ).case_id
    (message_id,) = outbox.queue_text_reply(case_id=case_id, text="고쳤습니다", actor=desk_actor).message_ids
    outbox.export_outbox(actor=desk_actor, path=tmp_path / "send.csv")
    outbox.import_delivery_report(
        report_file(tmp_path / "r.csv", [(message_id, "", "실패", "결번")]), actor=desk_actor
    )
    view = CaseDetailView(context)
    qtbot.addWidget(view)
    view.resize(900, 900)
    view.show()
    assert view.show_case(case_id)
    model = view.timeline.timeline_model
    rows = [
        [model.index(r, c).data() for c in (model.COL_WHAT, model.COL_DETAIL)]
        for r in range(model.rowCount())
    ]
    failed = next(detail for what, detail in rows if what == "문자 전달 실패")
    assert "결번" in failed and f"CD{message_id:08d}" in failed and "전송 의뢰 → 전달 실패" in failed
    handed = next(detail for what, detail in rows if what == "문자 전송 의뢰")
    assert "send.csv" in handed
    queued = next(detail for what, detail in rows if what == "회신 발송 대기")
    assert "홍길동" in queued and "결과 회신" in queued and "고쳤습니다" in queued and "발송 대기" in queued
