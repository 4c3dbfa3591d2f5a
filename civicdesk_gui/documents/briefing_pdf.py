"""The morning briefing on one A4 page (아침 현황 보고): the tiles, today's sessions, who is late by
department, and the period's key figures — what the mayor reads with the first coffee.

The letters' bundled Nanum fonts (documents/letters/fonts.py), embedded as subsets; every table sets
its FONTNAME and the document its initial font, so no Helvetica is left in the file. One page always:
if a long list would spill over, the lists are shortened and the page is laid out again.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from xml.sax.saxutils import escape

from pypdf import PdfReader
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from civicdesk_gui.documents.file_output import write_bytes
from civicdesk_gui.documents.letters.fonts import BODY_BOLD, HEADING, HEADING_BOLD, register_letter_fonts
from civicdesk_gui.domain.sessions import unit_label
from civicdesk_gui.domain.vocabulary import CHANNELS, label
from civicdesk_gui.queries.briefing import Briefing, Share

WEEKDAYS = "월화수목금토일"
INK = colors.HexColor("#263238")
MUTED = colors.HexColor("#607d8b")
ACCENT = colors.HexColor("#0d47a1")
LATE = colors.HexColor("#b71c1c")
RULE = colors.HexColor("#b0bec5")
SHADE = colors.HexColor("#eceff1")

TILE_LABELS = {
    "new": "신규 접수",
    "open": "처리 중",
    "due_today": "오늘 기한",
    "overdue_promise": "회신 약속 기한 경과",
    "overdue_statutory": "법정 처리기한 경과",
    "no_update": "월간 갱신 지연",
    "awaiting_reply": "회신 대기",
    "awaiting_letter": "시장 서명 회신문 대기",
    "review_due": "장기 검토 재검토 도래",
    "referred": "타기관 이송 회신 대기",
}
LATE_TILES = frozenset({"overdue_promise", "overdue_statutory", "no_update"})
MEASURE_LABELS = {
    "promise_48h": "48시간 회신 약속 준수",
    "promise_14d": "이동시장실 14일 회신 준수",
    "statutory": "법정 처리기한 준수",
    "monthly_update": "월간 진행 상황 갱신",
    "resolved_within_24h": "생활민원 24시간 내 처리",
    "answered_by_team_leader": "팀장 이상 답변",
}
OUTCOME_LABELS = {
    "resolved": "처리 완료",
    "in_progress": "추진 중",
    "long_term_review": "장기 검토",
    "unfeasible": "불가",
    "referred": "타기관 이송",
}
LIMITS = ((10, 6), (7, 4), (5, 3), (3, 2))  # (overdue departments, sessions) per attempt


def korean_day(value: dt.date) -> str:
    return f"{value.year}. {value.month}. {value.day}. ({WEEKDAYS[value.weekday()]})"


def period_text(start: dt.date | None, end: dt.date | None) -> str:
    if start is None and end is None:
        return "전체 기간"
    first = f"{start.year}. {start.month}. {start.day}." if start else "처음"
    last = f"{end.year}. {end.month}. {end.day}." if end else "현재"
    return f"{first} ~ {last}"


def percent(share: float | None) -> str:
    return "—" if share is None else f"{share * 100:.0f}%"


def share_text(value: Share) -> str:
    return f"{percent(value.share)} ({value.numerator:,}/{value.denominator:,})"


def hours_text(hours: float | None) -> str:
    if hours is None:
        return "—"
    if hours < 48:
        return f"{hours:.1f}시간"
    return f"{hours / 24:.1f}일"


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=HEADING, fontSize=8.5, leading=11, textColor=INK)
    return {
        "title": ParagraphStyle("title", parent=base, fontName=BODY_BOLD, fontSize=18, leading=23),
        "sub": ParagraphStyle("sub", parent=base, fontSize=9, textColor=MUTED),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=HEADING_BOLD,
            fontSize=10.5,
            leading=14,
            spaceBefore=6,
            spaceAfter=3,
            textColor=ACCENT,
        ),
        "cell": base,
        "num": ParagraphStyle("num", parent=base, alignment=TA_RIGHT),
        "tile_n": ParagraphStyle(
            "tile_n", parent=base, fontName=HEADING_BOLD, fontSize=15, leading=18, alignment=TA_CENTER
        ),
        "tile_late": ParagraphStyle(
            "tile_late",
            parent=base,
            fontName=HEADING_BOLD,
            fontSize=15,
            leading=18,
            alignment=TA_CENTER,
            textColor=LATE,
        ),
        "tile_l": ParagraphStyle(
            "tile_l", parent=base, fontSize=7.5, leading=9.5, alignment=TA_CENTER, textColor=MUTED
        ),
        "muted": ParagraphStyle("muted", parent=base, textColor=MUTED),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def _table(rows, widths, *, header: bool = True, numbers_from: int | None = None) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), HEADING),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if header:
        style += [("BACKGROUND", (0, 0), (-1, 0), SHADE), ("FONTNAME", (0, 0), (-1, 0), HEADING_BOLD)]
    if numbers_from is not None:
        style.append(("ALIGN", (numbers_from, 0), (-1, -1), "RIGHT"))
    table.setStyle(TableStyle(style))
    return table


def _tiles(briefing: Briefing, s) -> Table:
    counts = briefing.tiles.counts
    entries = [(TILE_LABELS[key], counts[key], key in LATE_TILES and counts[key] > 0) for key in TILE_LABELS]
    entries += [
        ("오늘 이동시장실", len(briefing.tiles.sessions_today), False),
        ("이번 주 이동시장실", briefing.tiles.sessions_week, False),
    ]
    cells = [
        [_p(f"{n:,}", s["tile_late"] if late else s["tile_n"]), _p(text, s["tile_l"])]
        for text, n, late in entries
    ]
    rows = []
    for start in range(0, len(cells), 6):
        chunk = cells[start : start + 6]
        rows.append([c[0] for c in chunk])
        rows.append([c[1] for c in chunk])
    table = Table(rows, colWidths=[30 * mm] * 6)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), HEADING),
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                ("LINEBELOW", (0, 1), (-1, 1), 0.6, RULE),
                ("INNERGRID", (0, 0), (-1, -1), 0.25, colors.white),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f5f7f8")),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _sessions(briefing: Briefing, s, limit: int) -> list:
    today = briefing.tiles.sessions_today
    if not today:
        return [_p("오늘 예정된 이동시장실이 없습니다.", s["muted"])]
    rows = [[_p(h, s["cell"]) for h in ("시간", "소통 단위", "읍·면·동", "장소")]]
    for session in today[:limit]:
        unit = session.unit_name or unit_label(session.unit_type, session.unit_subgroup)
        rows.append(
            [
                _p(f"{session.starts_at:%H:%M}~{session.ends_at:%H:%M}", s["cell"]),
                _p(unit, s["cell"]),
                _p(session.town_name or "—", s["cell"]),
                _p(session.place or "—", s["cell"]),
            ]
        )
    parts = [_table(rows, [24 * mm, 62 * mm, 30 * mm, 64 * mm])]
    if len(today) > limit:
        parts.append(_p(f"외 {len(today) - limit}건", s["muted"]))
    return parts


def _overdue(briefing: Briefing, s, limit: int) -> list:
    rows_data = briefing.overdue
    if not rows_data:
        return [_p("기한을 넘긴 민원이 없습니다.", s["muted"])]
    rows = [[_p(h, s["cell"]) for h in ("담당 부서", "회신 약속", "법정 처리기한", "월간 갱신", "계")]]
    for row in rows_data[:limit]:
        rows.append(
            [
                _p(row.department or "부서 미배정", s["cell"]),
                *(
                    _p(f"{n:,}", s["num"])
                    for n in (row.promise, row.statutory, row.monthly_update, row.total)
                ),
            ]
        )
    parts = [_table(rows, [60 * mm, 30 * mm, 30 * mm, 30 * mm, 30 * mm])]
    if len(rows_data) > limit:
        rest = sum(r.total for r in rows_data[limit:])
        parts.append(_p(f"외 {len(rows_data) - limit}개 부서 {rest:,}건", s["muted"]))
    return parts


def _referrals(briefing: Briefing, s, limit: int) -> list:
    """Referrals whose agency has not answered by the reminder date (이송·이첩 회신 지연); nothing when
    none is late, so the one page keeps its room."""
    waiting = briefing.overdue_referrals
    if not waiting:
        return []
    rows = [[_p(h, s["cell"]) for h in ("이송 기관", "접수번호", "회신 요청일", "대기 일수")]]
    for row in waiting[:limit]:
        rows.append(
            [
                _p(row.agency or "—", s["cell"]),
                _p(row.number, s["cell"]),
                _p(f"{row.remind_on.year}. {row.remind_on.month}. {row.remind_on.day}.", s["cell"]),
                _p(f"{row.days_waiting:,}일", s["num"]),
            ]
        )
    parts = [
        _p(f"이송·이첩 회신 지연 ({briefing.overdue_referral_count:,}건)", s["h2"]),
        _table(rows, [60 * mm, 45 * mm, 45 * mm, 30 * mm]),
    ]
    if briefing.overdue_referral_count > min(limit, len(waiting)):
        parts.append(_p(f"외 {briefing.overdue_referral_count - min(limit, len(waiting)):,}건", s["muted"]))
    return parts


def _key_figures(briefing: Briefing, s) -> Table:
    f = briefing.figures
    mix = ", ".join(
        f"{text} {percent(f.outcome_share(code, gratitude=False))}" for code, text in OUTCOME_LABELS.items()
    )
    coverage = briefing.coverage
    survey = briefing.surveys[0]
    rows = [
        ("접수", f"{f.received:,}건 (격려·감사 제외 {f.received_ng:,}건)"),
        ("처리 결과 (격려·감사 제외)", mix),
        *((MEASURE_LABELS[key], share_text(value)) for key, value in f.measures.items()),
        ("첫 회신까지 (중앙값)", hours_text(f.median_first_reply_hours)),
        ("결과 통보까지 (중앙값)", hours_text(f.median_result_hours)),
        (
            "만족도 조사",
            f"응답 {survey.responses:,}건 · 만족 {percent(survey.satisfaction_share('satisfied'))}"
            f" · 보통 {percent(survey.satisfaction_share('neutral'))}"
            f" · 불만족 {percent(survey.satisfaction_share('dissatisfied'))}"
            f" · 재이용 {percent(survey.answer_share('would_use_again'))}"
            f" · 추천 {percent(survey.answer_share('would_recommend'))}"
            f" · 지속 희망 {percent(survey.answer_share('wants_continued'))}",
        ),
        (
            "이동시장실",
            f"{coverage.sessions_held:,}회 개최 · 시민 {coverage.citizens_met:,}명 · 읍·면·동 "
            f"{coverage.towns_covered}/{coverage.towns_total} · 회당 건의 {coverage.suggestions_per_session:.1f}건",
        ),
    ]
    return _table([[_p(k, s["cell"]), _p(v, s["cell"])] for k, v in rows], [55 * mm, 125 * mm], header=False)


def _story(briefing: Briefing, city: str, overdue_limit: int, session_limit: int) -> list:
    s = _styles()
    today = briefing.now.date()
    scope = briefing.scope
    channel = label(CHANNELS, scope.channel) if scope.channel else "전체 접수 경로"
    return [
        _p(f"{city} 아침 현황 보고".strip(), s["title"]),
        _p(
            f"{korean_day(today)} {briefing.now:%H:%M} 기준 · 신규는 {korean_day(briefing.tiles.since.date())} 이후 접수",
            s["sub"],
        ),
        Spacer(1, 3 * mm),
        _tiles(briefing, s),
        _p("오늘의 이동시장실", s["h2"]),
        *_sessions(briefing, s, session_limit),
        _p("부서별 기한 경과 민원", s["h2"]),
        *_overdue(briefing, s, overdue_limit),
        *_referrals(briefing, s, min(overdue_limit, 5)),
        _p(f"주요 지표 — {period_text(scope.period.start, scope.period.end)}, {channel}", s["h2"]),
        _key_figures(briefing, s),
    ]


def briefing_pdf_bytes(briefing: Briefing, *, city: str = "") -> bytes:
    """The one-page PDF as bytes (shortening the lists until it fits one page)."""
    register_letter_fonts()
    data = b""
    for overdue_limit, session_limit in LIMITS:
        buffer = io.BytesIO()
        doc = SimpleDocTemplate(
            buffer,
            pagesize=A4,
            leftMargin=15 * mm,
            rightMargin=15 * mm,
            topMargin=14 * mm,
            bottomMargin=12 * mm,
            title=f"아침 현황 보고 {briefing.now:%Y-%m-%d}",
            author=city or "CivicDesk",
            subject="아침 현황 보고",
            creator="CivicDesk",
            lang="ko-KR",
            initialFontName=HEADING,
        )
        doc.build(_story(briefing, city, overdue_limit, session_limit))
        data = buffer.getvalue()
        if len(PdfReader(io.BytesIO(data)).pages) == 1:
            break
    return data


def write_briefing_pdf(briefing: Briefing, path: str | Path, *, city: str = "") -> Path:
    return write_bytes(path, briefing_pdf_bytes(briefing, city=city))
