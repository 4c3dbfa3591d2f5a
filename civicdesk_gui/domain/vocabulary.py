"""The office's words (DOMAIN.md §7): stable English codes, with Korean and English labels.

The codes are what the database, the CLI's JSON and Open311 exchange use; labels are what people
read. The GUI passes labels through tr(); documents (letters, reports) use the Korean label.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    code: str
    ko: str
    en: str


def index_terms(*terms: Term) -> dict[str, Term]:
    """A table of terms by code, in the order given."""
    return {t.code: t for t in terms}


_index = index_terms


CHANNELS = _index(
    Term("text", "바로문자", "Text message"),
    Term("mobile_office", "이동시장실", "Mobile Mayor's Office"),
    Term("phone", "전화", "Phone"),
    Term("qr", "QR 접수", "QR form"),
    Term("walk_in", "방문", "Walk-in"),
    Term("other", "기타", "Other"),
)

CATEGORIES = _index(
    Term("civil_complaint", "생활민원", "Civil complaint"),
    Term("policy_suggestion", "정책제안", "Policy suggestion"),
    Term("safety", "안전", "Safety"),
    Term("institutional_improvement", "제도개선", "Institutional improvement"),
    Term("gratitude", "격려·감사", "Encouragement / gratitude"),
)

STATUSES = _index(
    Term("received", "접수", "Received"),
    Term("routed", "부서 배정", "Routed"),
    Term("in_review", "검토 중", "In review"),
    Term("classified", "분류 완료", "Classified"),
    # Entered by mistake: kept with its history, out of the working views and the figures.
    Term("withdrawn", "철회", "Withdrawn"),
)

CLASSIFICATIONS = _index(
    Term("resolved", "처리 완료", "Resolved"),
    Term("in_progress", "추진 중", "In progress"),
    Term("long_term_review", "장기 검토", "Long-term review"),
    Term("unfeasible", "불가", "Unfeasible"),
    Term("referred", "타기관 이송", "Referred"),
    Term("acknowledged", "감사 확인", "Acknowledged"),
)

REASON_CODES = _index(
    Term("large_budget", "예산 과다", "Large budget"),
    Term("insufficient_feasibility", "사업 타당성 부족", "Insufficient feasibility"),
    Term("equity_conflict", "형평성·상충 요구", "Equity / conflicting demands"),
    Term("other_jurisdiction", "타기관 소관", "Other agency's jurisdiction"),
    Term("no_legal_grounds", "법적 근거 없음", "No legal grounds"),
    Term("other", "기타", "Other"),
)

CLOCKS = _index(
    Term("promise", "회신 약속 기한", "Reply promise"),
    Term("statutory", "법정 처리기한", "Statutory deadline"),
    Term("monthly_update", "월간 진행 상황 갱신", "Monthly update"),
)

REPLY_METHODS = _index(
    Term("sms", "문자", "Text message"),
    Term("phone", "전화", "Phone"),
    Term("letter", "서면", "Letter"),
    Term("email", "전자우편", "Email"),
    Term("in_person", "방문·대면", "In person"),
)

EVENT_KINDS = _index(
    Term("intake", "접수", "Received"),
    Term("route", "부서 배정", "Routed to department"),
    Term("assign", "담당자 지정", "Official assigned"),
    Term("start_review", "검토 시작", "Review started"),
    Term("note", "내부 메모", "Internal note"),
    Term("progress", "진행 상황 갱신", "Progress update"),
    Term("reply", "회신", "Reply to resident"),
    Term("classify", "처리 결과 분류", "Classified"),
    Term("refer", "타기관 이송", "Referred"),
    Term("reopen", "재검토", "Reopened"),
    Term("next_review", "다음 검토일 지정", "Next review date set"),
    Term("duplicate", "중복 민원 연결", "Marked duplicate"),
    Term("categorise", "분야 지정", "Category set"),
    Term("petition_kind", "민원 종류 변경", "Kind of petition set"),
    Term("letter", "시장 서명 회신문 발송", "Mayor-signed letter issued"),
    Term("letter_void", "회신문 취소", "Letter voided"),
    Term("import", "외부 시스템에서 가져옴 (Open311)", "Imported (Open311)"),
    Term("withdraw", "민원 철회", "Withdrawn"),
    Term("survey", "만족도 조사", "Satisfaction survey"),
    Term("signoff", "결재", "Sign-off"),
    Term("notice", "법정 통지", "Statutory notice"),
    Term("supplement", "보완 접수", "Supplement received"),
    Term("agency_answer", "이송 기관 답변", "Agency's answer"),
    # The reply outbox (domain/outbox.py): who was told what, when, and whether it reached them.
    Term("outbox", "회신 발송 대기", "Reply queued for sending"),
    Term("handed_over", "문자 전송 의뢰", "Text handed to the gateway"),
    Term("delivered", "문자 전달 완료", "Text delivered"),
    Term("delivery_failed", "문자 전달 실패", "Text not delivered"),
    Term("phoned", "전화 안내", "Resident phoned"),
)


def label(table: dict[str, Term], code: str | None, language: str = "ko") -> str:
    """The label of `code` in `language`; unknown codes come back as they are, never as an error."""
    if code is None:
        return ""
    term = table.get(code)
    if term is None:
        return code
    return term.ko if language == "ko" else term.en
