"""The pre-visit brief (이동시장실 사전 보고): one or two A4 pages the mayor reads before a session.

Every font is an embedded Nanum TTF (initialFontName and table FONTNAME set), so the brief looks the
same on any viewer and its Korean text can be searched and copied.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from civicdesk_gui.atomic_file import atomic_output
from civicdesk_gui.domain.masking import NOBODY, PersonalDataPolicy, mask_phone
from civicdesk_gui.paths import fonts_dir
from civicdesk_gui.queries.session_brief import BriefCase, BriefData

BODY = "NanumGothic"
BOLD = "NanumGothic-Bold"
TITLE = "NanumMyeongjo-Bold"
WEEKDAYS = "월화수목금토일"


def register_fonts() -> None:
    files = {BODY: "NanumGothic.ttf", BOLD: "NanumGothicBold.ttf", TITLE: "NanumMyeongjoBold.ttf"}
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, file in files.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(fonts_dir() / file)))
    pdfmetrics.registerFontFamily(BODY, normal=BODY, bold=BOLD, italic=BODY, boldItalic=BOLD)


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=BODY, fontSize=9.5, leading=13.5, alignment=TA_LEFT)
    return {
        "title": ParagraphStyle("title", parent=base, fontName=TITLE, fontSize=17, leading=22, spaceAfter=2),
        "sub": ParagraphStyle("sub", parent=base, textColor=colors.HexColor("#455a64")),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=BOLD,
            fontSize=11.5,
            leading=16,
            spaceBefore=8,
            spaceAfter=4,
            textColor=colors.HexColor("#0d47a1"),
        ),
        "body": base,
        # Lines break between words (어절), never inside one ("다/칠"): wordWrap left at its default.
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11),
        "point": ParagraphStyle(
            "point",
            parent=base,
            fontSize=10,
            leading=14.5,
            leftIndent=10,
            bulletIndent=0,
            bulletFontName=BODY,
        ),
        "late": ParagraphStyle(
            "late", parent=base, fontSize=8.5, leading=11, textColor=colors.HexColor("#b71c1c")
        ),
        "muted": ParagraphStyle("muted", parent=base, fontSize=8.5, textColor=colors.HexColor("#607d8b")),
    }


def _when(value: dt.datetime | None, *, time: bool = False) -> str:
    if value is None:
        return "—"
    text = f"{value:%Y.%m.%d}.({WEEKDAYS[value.weekday()]})"
    return f"{text} {value:%H:%M}" if time else text


def _day(value: dt.datetime | None) -> str:
    return f"{value:%Y.%m.%d}" if value else "—"


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text or "—"), style)


def _facts(data: BriefData, s: dict[str, ParagraphStyle]) -> Table:
    request = data.request
    rows = [
        ("일시", f"{_when(data.starts_at, time=True)} ~ {data.ends_at:%H:%M}"),
        ("장소", ", ".join(p for p in (data.place, data.address) if p) or data.town),
        ("읍·면·동", data.town),
        ("소통 단위", f"{data.unit_name} ({data.unit})" if data.unit_name else data.unit),
        ("대상", data.target_group),
        ("참석 공무원", data.officials),
    ]
    if request is not None:
        rows += [
            ("신청인", f"{request.requested_by} {request.contact}".strip()),
            ("경유 기관", request.via_office),
            ("예상 참석 인원", f"{request.expected_attendance}명" if request.expected_attendance else ""),
            ("신청 내용", request.notes),
        ]
    else:
        rows.append(("신청", "신청서 없이 직접 편성한 일정"))
    table = Table([[_p(k, s["cell"]), _p(v, s["cell"])] for k, v in rows], colWidths=[32 * mm, 138 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), BODY),
                ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eceff1")),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#b0bec5")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _case_table(
    cases: list[BriefCase], s: dict[str, ParagraphStyle], *, resolved: bool, now: dt.datetime
) -> Table:
    header = ["접수번호", "접수일", "내용", "담당 부서", "상태", "완료일" if resolved else "기한"]
    rows = [[_p(h, s["cell"]) for h in header]]
    for case in cases:
        last = case.closed_at if resolved else case.due_at
        overdue = not resolved and case.due_at is not None and case.due_at < now
        rows.append(
            [
                _p(case.number, s["cell"]),
                _p(_day(case.received_at), s["cell"]),
                _p(case.summary, s["cell"]),
                _p(case.department, s["cell"]),
                _p(case.state, s["cell"]),
                _p(_day(last) + (" 기한 경과" if overdue else ""), s["late"] if overdue else s["cell"]),
            ]
        )
    widths = [25 * mm, 21 * mm, 58 * mm, 27 * mm, 17 * mm, 22 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), BODY),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#cfd8dc")),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#b0bec5")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f7f9fa")]),
            ]
        )
    )
    return table


class _NumberedCanvas(Canvas):
    """Every page says "1 / 3" at its foot: pages are kept until the total is known."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(BODY, 8.5)
            self.setFillColor(colors.HexColor("#607d8b"))
            self.drawCentredString(A4[0] / 2, 9 * mm, f"{self._pageNumber} / {total}")
            super().showPage()
        super().save()


def key_points(data: BriefData) -> list[str]:
    """The three to five things the mayor should know before arriving, from the facts of the brief."""
    points = []
    open_cases = data.open_cases
    if open_cases:
        by_state = Counter(case.state for case in open_cases)
        states = ", ".join(f"{state} {count}건" for state, count in by_state.most_common())
        points.append(f"이 지역·단위의 처리 중인 민원 {len(open_cases)}건 ({states})")
        late = [c for c in open_cases if c.due_at is not None and c.due_at < data.prepared_at]
        if late:
            points.append(f"기한이 지난 민원 {len(late)}건: 방문 전에 담당 부서의 진행 상황을 확인하십시오")
        oldest = min(open_cases, key=lambda c: c.received_at)
        points.append(
            f"가장 오래 기다린 민원: {oldest.number} ({_day(oldest.received_at)} 접수, {oldest.department or '부서 미배정'})"
            f" — {_first_words(oldest.summary)}"
        )
        departments = Counter(c.department for c in open_cases if c.department)
        if departments:
            top = ", ".join(f"{name} {count}건" for name, count in departments.most_common(3))
            points.append(f"관련 부서: {top}")
    else:
        points.append("이 지역·단위에서 처리 중인 민원은 없습니다")
    if data.resolved_cases:
        points.append(f"최근 90일 동안 처리 완료된 민원 {len(data.resolved_cases)}건 (상세는 뒤쪽 표)")
    if data.previous_visits:
        last = data.previous_visits[0]
        people = f", {last.attendees}명 참석" if last.attendees is not None else ""
        points.append(f"지난 이동시장실: {_when(last.starts_at)}{people}, 건의 {last.suggestions}건")
    return points[:5]


def _first_words(text: str, limit: int = 40) -> str:
    """The start of a request, cut at a word boundary."""
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return (cut or text[:limit]) + "…"


def build_pre_visit_brief(
    data: BriefData, path: Path, *, city: str = "", privacy: PersonalDataPolicy = NOBODY
) -> Path:
    """Write the brief to `path`, whole or not at all (atomic_file.py). The brief leaves the office
    with the mayor: the requester's phone and the numbers inside case summaries are masked unless
    `privacy`'s reader may see residents' personal data (domain/masking.py)."""
    data = masked_brief(data, privacy)
    with atomic_output(path) as handle:
        _build(data, handle, city)
    return path


def masked_brief(data: BriefData, privacy: PersonalDataPolicy) -> BriefData:
    import dataclasses

    def cases(rows):
        return [dataclasses.replace(c, summary=privacy.text(c.summary, None)) for c in rows]

    request = data.request
    if request is not None:
        contact = request.contact if privacy.shows(None) else mask_phone(request.contact)
        request = dataclasses.replace(request, contact=contact, notes=privacy.text(request.notes, None))
    return dataclasses.replace(
        data, request=request, open_cases=cases(data.open_cases), resolved_cases=cases(data.resolved_cases)
    )


def _build(data: BriefData, handle, city: str) -> None:
    register_fonts()
    s = _styles()
    doc = SimpleDocTemplate(
        handle,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=16 * mm,
        title=f"이동시장실 사전 보고 {data.number}",
        author=city or "CivicDesk",
        subject=data.unit_name,
        creator="CivicDesk",
        lang="ko-KR",
        initialFontName=BODY,
    )
    story = [
        _p(f"이동시장실 사전 보고 — {data.unit_name or data.unit}", s["title"]),
        _p(
            f"{data.number} · {_when(data.starts_at, time=True)} · 작성 {_when(data.prepared_at, time=True)}",
            s["sub"],
        ),
        Spacer(1, 4 * mm),
        _facts(data, s),
        _p("방문 전 알아 둘 점", s["h2"]),
        *[Paragraph(escape(point), s["point"], bulletText="•") for point in key_points(data)],
        _p(f"처리 중인 민원 ({len(data.open_cases)}건)", s["h2"]),
    ]
    if data.open_cases:
        story.append(_case_table(data.open_cases, s, resolved=False, now=data.prepared_at))
    else:
        story.append(_p("이 지역·단위에서 처리 중인 민원이 없습니다.", s["muted"]))
    story.append(_p(f"최근 처리 완료 민원 (90일, {len(data.resolved_cases)}건)", s["h2"]))
    if data.resolved_cases:
        story.append(_case_table(data.resolved_cases, s, resolved=True, now=data.prepared_at))
    else:
        story.append(_p("최근 90일 동안 처리 완료된 민원이 없습니다.", s["muted"]))
    if data.previous_visits:
        story.append(_p("이전 이동시장실", s["h2"]))
        for visit in data.previous_visits:
            people = f"{visit.attendees}명 참석" if visit.attendees is not None else "참석 인원 미기록"
            story.append(
                _p(
                    f"{visit.number} · {_when(visit.starts_at)} · {people} · 건의 {visit.suggestions}건",
                    s["body"],
                )
            )
    doc.build(story, canvasmaker=_NumberedCanvas)
