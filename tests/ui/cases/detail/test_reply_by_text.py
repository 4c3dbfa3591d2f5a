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
