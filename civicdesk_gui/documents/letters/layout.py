"""The letter as a ReportLab story, in the Korean official-letter (공문서) layout on A4.

두문: the city's name (and emblem), 수신, (경유); 본문: 제목, numbered items, "끝."; 결문: the 발신명의 with the
seal centred on its last character, then the 시행 line, the official in charge, address and phone at the
foot of the last page (comparable-systems.md §6.4).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
from dataclasses import dataclass, field
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import PDFStream
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from civicdesk_gui.documents.letters.font_subsets import QUICK_FLATE
from civicdesk_gui.documents.letters.fonts import (
    BODY,
    HEADING,
    HEADING_BOLD,
    has_hanja,
    markup,
    register_letter_fonts,
)
from civicdesk_gui.documents.letters.image_cache import draw_png, image_size

PAGE_W, PAGE_H = A4
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = 20 * mm, 15 * mm, 20 * mm, 15 * mm
FRAME_W = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT
BODY_SIZE = 12
SEAL_SIZE = 22 * mm
INDENT_UNIT = 4 * mm
RULE_COLOR = colors.HexColor("#222222")

# "1." "가." "1)" "가)" "(1)" "(가)" "①" "a." ...: the 공문서 item levels (comparable-systems.md §6.4).
_MARKER = re.compile(r"^(\d+\.|[가-힣]\.|\d+\)|[가-힣]\)|\(\d+\)|\([가-힣]\)|[①-⑳]|[a-z]\.)\s+")

LABELS = {
    "ko": {
        "to": "수신",
        "via": "(경유)",
        "subject": "제목",
        "end": "끝.",
        "register": "시행",
        "received": "접수",
        "official": "담당",
        "phone": "전화",
        "fax": "전송",
        "email": "전자우편",
        "drafter": "기안자",
        "reviewer": "검토자",
        "approver": "결재권자",
        "delegated": "전결권자",
        "address": "주소",
        "honorific": " 귀하",
        "disclosure": "비공개(6)",  # personal data of the resident (공공기관의 정보공개에 관한 법률 제9조①6)
        "page": "- {0} / {1} -",
    },
    "en": {
        "to": "To",
        "via": "",
        "subject": "Subject",
        "end": "",  # "끝." closes a Korean 공문서; an English letter just ends
        "register": "Ref.",
        "received": "",
        "official": "Contact",
        "phone": "Phone",
        "fax": "Fax",
        "email": "E-mail",
        "drafter": "Drafted",
        "reviewer": "Reviewed",
        "approver": "Approved",
        "delegated": "Delegated",
        "address": "Address",
        "honorific": "",
        "disclosure": "",
        "page": "- {0} / {1} -",
    },
}


@dataclass(frozen=True)
class LetterContent:
    """Everything printed on one letter: a snapshot, so an issued letter never depends on later edits."""

    language: str
    city_name: str
    sender: str  # 발신명의, e.g. 파주시장
    recipient_name: str
    subject: str
    body: str
    register_number: str
    issue_date: dt.date
    case_number: str
    recipient_address: str = ""
    department: str = ""
    official_name: str = ""
    official_rank: str = ""
    official_phone: str = ""
    city_address: str = ""
    city_phone: str = ""
    city_homepage: str = ""
    seal_png: bytes | None = None
    emblem_png: bytes | None = None
    extra: dict = field(default_factory=dict)
    city_fax: str = ""
    official_email: str = ""
    # The sign-off line (domain/signoff.sign_lines): 기안자, 검토자, 결재권자 with 전결/대결 and the date.
    sign_lines: tuple = ()


def format_date(value: dt.date, language: str = "ko") -> str:
    """`2026. 11. 22.`: the 공문서 date form (시행규칙 제2조); `22 November 2026` in English letters."""
    if language != "ko":
        return f"{value.day} {value.strftime('%B')} {value.year}"
    return f"{value.year}. {value.month}. {value.day}."


@cache
def _styles() -> dict[str, ParagraphStyle]:
    """The letter's paragraph styles: made once per process (constants; nothing changes them)."""
    body = ParagraphStyle(
        "body", fontName=BODY, fontSize=BODY_SIZE, leading=BODY_SIZE * 1.65, alignment=TA_LEFT
    )
    return {
        "body": body,
        "city": ParagraphStyle("city", fontName=HEADING_BOLD, fontSize=22, leading=28, alignment=TA_CENTER),
        "label": ParagraphStyle("label", fontName=HEADING_BOLD, fontSize=11.5, leading=17),
        "value": ParagraphStyle("value", fontName=BODY, fontSize=12, leading=17, alignment=TA_LEFT),
        "subject": ParagraphStyle("subject", fontName=HEADING_BOLD, fontSize=12.5, leading=17),
        "foot": ParagraphStyle("foot", fontName=BODY, fontSize=10, leading=14),
    }


class SenderWithSeal(Flowable):
    """The 발신명의, centred, with the seal's centre on its last character (the 직인 rule, §6.4)."""

    FONT_SIZE = 22

    def __init__(self, text: str, seal_png: bytes | None, *, on_last_character: bool = True) -> None:
        super().__init__()
        self.text = text
        self.seal_png = seal_png
        self.on_last_character = on_last_character  # the Korean rule; an English sender is not covered

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        self.height = max(SEAL_SIZE, self.FONT_SIZE * 1.4) + 4 * mm
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        size = self.FONT_SIZE
        text_width = stringWidth(self.text, HEADING_BOLD, size)
        x = (self.width - text_width) / 2
        centre_y = self.height / 2
        baseline = centre_y - size * 0.36  # Hangul's optical centre sits ~0.36 em above the baseline
        c.setFont(HEADING_BOLD, size)
        c.setFillColor(colors.black)
        c.drawString(x, baseline, self.text)
        if self.seal_png and self.text:
            last_width = stringWidth(self.text[-1], HEADING_BOLD, size)
            centre_x = x + text_width - last_width / 2
            if not self.on_last_character:
                centre_x = x + text_width + 2 * mm + SEAL_SIZE / 2
            draw_png(
                c, self.seal_png, centre_x - SEAL_SIZE / 2, centre_y - SEAL_SIZE / 2, SEAL_SIZE, SEAL_SIZE
            )


class AtPageFoot(Flowable):
    """Pushes its content to the bottom of the page it lands on, where the 결문 belongs."""

    def __init__(self, content: Flowable) -> None:
        super().__init__()
        self.content = content

    def wrap(self, avail_width, avail_height):
        _w, self.content_height = self.content.wrap(avail_width, avail_height)
        self.width = avail_width
        self.height = max(self.content_height, avail_height - 0.01)
        return self.width, self.height

    def draw(self) -> None:
        self.content.drawOn(self.canv, 0, 0)


class Rule(Flowable):
    def __init__(self, thickness: float = 0.8, space_before: float = 2, space_after: float = 4) -> None:
        super().__init__()
        self.thickness, self.before, self.after = thickness, space_before, space_after

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        return avail_width, self.before + self.after + self.thickness

    def draw(self) -> None:
        self.canv.setStrokeColor(RULE_COLOR)
        self.canv.setLineWidth(self.thickness)
        y = self.after + self.thickness / 2
        self.canv.line(0, y, self.width, y)


class _LetterCanvas(Canvas):
    """Defers pages so that a multi-page letter can say "- 2 / 3 -" on each page."""

    def __init__(self, *args, page_format: str = "- {0} / {1} -", **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        self._page_format = page_format

    def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            if total > 1:
                self.setFont(BODY, 9)
                self.setFillColor(colors.black)
                self.drawCentredString(PAGE_W / 2, 8 * mm, self._page_format.format(self._pageNumber, total))
            super().showPage()
            page = self._doc.Pages.pages[-1]
            if page.compression and page.stream:
                # Deflated as the fonts are, without ReportLab's ASCII85 layer on top (a fifth bigger).
                page.Contents = PDFStream(content=page.stream, filters=[QUICK_FLATE])
        super().save()


def _longest_token_width(text: str, font: str, size: float) -> float:
    return max((stringWidth(token, font, size) for token in text.split()), default=0.0)


def _body_paragraphs(body: str, end_mark: str, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    lines = [line.rstrip() for line in body.replace("\r\n", "\n").split("\n")]
    lines = [line for line in lines if line.strip()]
    if not lines:
        lines = [""]
    if end_mark:
        lines[-1] = lines[-1] + "\u00a0\u00a0" + end_mark  # "끝" after two spaces, never alone on a line
    flowables: list[Flowable] = []
    for line in lines:
        stripped = line.lstrip(" \u3000")
        level = (len(line) - len(stripped)) // 2
        match = _MARKER.match(stripped)
        indent = level * INDENT_UNIT
        if match:
            hang = stringWidth(match.group(0), BODY, BODY_SIZE)
            left, first = indent + hang, -hang
        else:
            left, first = indent + (INDENT_UNIT * 1.6 if level else 0), 0
        wide = _longest_token_width(stripped, BODY, BODY_SIZE) > FRAME_W - left
        style = _item_style(level, left, first, wide)
        flowables.append(_paragraph(markup(stripped), style))
    return flowables


@cache
def _item_style(level: int, left: float, first: float, wide: bool) -> ParagraphStyle:
    return ParagraphStyle(
        f"item{level}",
        parent=_styles()["body"],
        leftIndent=left,
        firstLineIndent=first,
        wordWrap="CJK" if wide else None,  # only long unbroken runs break inside a word
        spaceAfter=1,
    )


# What ReportLab made of a paragraph's text in a style — its parse, and its lines at a width — for
# the texts that recur in every letter of a batch (the letterhead, the labels, a template's fixed
# lines, the office's address): single-fragment paragraphs only, whose parse and lines ReportLab
# reads and never changes. The styles are the cached ones above, so their ids are stable.
_PARSED: dict[tuple[str, int], tuple[str, list]] = {}
_WRAPPED: dict[tuple[str, int, float], dict] = {}
_CACHE_LIMIT = 4096
_WRAP_STATE = (
    "width",
    "_wrapWidths",
    "blPara",
    "height",
    "_width_max",
    "_splitLongWordCount",
    "_hyphenations",
)


class _Paragraph(Paragraph):
    """A Paragraph whose lines at a width are kept for the next letter that prints the same text."""

    _key: tuple[str, int] | None = None

    def wrap(self, availWidth, availHeight):  # noqa: N803 (ReportLab's names)
        if self._key is None:
            return super().wrap(availWidth, availHeight)
        key = (*self._key, availWidth)
        state = _WRAPPED.get(key)
        if state is None:
            size = super().wrap(availWidth, availHeight)
            if len(_WRAPPED) < _CACHE_LIMIT and all(hasattr(self, name) for name in _WRAP_STATE):
                _WRAPPED[key] = {name: getattr(self, name) for name in _WRAP_STATE}
            return size
        self.__dict__.update(state)
        return self.width, self.height


def _paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """Paragraph(text, style), without parsing or breaking into lines again a text this process
    printed before in that style."""
    key = (text, id(style))
    parsed = _PARSED.get(key)
    if parsed is not None:
        paragraph = _Paragraph(parsed[0], style, frags=parsed[1])
        paragraph._key = key
        return paragraph
    paragraph = _Paragraph(text, style)
    if len(paragraph.frags) == 1 and len(_PARSED) < _CACHE_LIMIT:
        _PARSED[key] = (paragraph.text, paragraph.frags)
        paragraph._key = key
    return paragraph


class _Rows(Flowable):
    """Rows of a label and its value, placed exactly where a two-column Table with these paddings and
    its cells aligned at the top places them — without the Table's machinery, a fifth of a letter's
    layout. A label is a Paragraph, or a line of text in `label_font` (as a Table writes a string
    cell: its baseline one font size below the cell's top, leading 12). A value is a Paragraph."""

    LABEL_LEADING = 12  # a Table cell's default leading

    def __init__(
        self,
        rows: list[tuple[str | Flowable, Flowable]],
        label_width: float,
        *,
        top: float,
        bottom: float,
        value_right: float = 0.0,
        label_font: tuple[str, float] | None = None,
    ) -> None:
        super().__init__()
        self.hAlign = "CENTER"  # a Table's: FRAME_W wide, centred in the frame's narrower width
        self.rows = rows
        self.label_width = label_width
        self.top, self.bottom, self.value_right = top, bottom, value_right
        self.label_font = label_font

    def wrap(self, avail_width, avail_height):
        self.width = FRAME_W
        value_width = FRAME_W - self.label_width - self.value_right
        self.sizes = []
        for label, value in self.rows:
            if isinstance(label, Flowable):
                label_height = label.wrap(self.label_width, avail_height)[1]
            else:
                label_height = self.LABEL_LEADING
            value_height = value.wrap(value_width, avail_height)[1]
            self.sizes.append(
                (label_height, value_height, max(label_height, value_height) + self.top + self.bottom)
            )
        self.height = sum(row for _label, _value, row in self.sizes)
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        top = self.height
        for (label, value), (label_height, value_height, row) in zip(self.rows, self.sizes, strict=True):
            cell_top = top - self.top
            if isinstance(label, Flowable):
                label.drawOn(c, 0, cell_top - label_height)
            elif label:
                font, size = self.label_font
                c.setFillColor(colors.black)
                c.setFont(font, size, self.LABEL_LEADING)
                c.drawString(0, cell_top - size, label)
            value.drawOn(c, self.label_width, cell_top - value_height)
            top -= row


def _label_table(rows: list[tuple[Flowable, Flowable]], label_width: float) -> Flowable:
    return _Rows(rows, label_width, top=1, bottom=2)


def _header(content: LetterContent, styles) -> list[Flowable]:
    city = _paragraph(markup(content.city_name), styles["city"])
    if content.emblem_png:
        emblem = _EmblemImage(content.emblem_png, 16 * mm)
        table = Table([[emblem, city, ""]], colWidths=[22 * mm, FRAME_W - 44 * mm, 22 * mm])
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), HEADING),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return [table, Rule(1.6, 4, 8)]
    return [city, Rule(1.6, 6, 8)]


class _EmblemImage(Flowable):
    def __init__(self, png: bytes, size: float) -> None:
        super().__init__()
        self.png, self.size = png, size

    def wrap(self, avail_width, avail_height):
        return self.size, self.size

    def draw(self) -> None:
        iw, ih = image_size(self.png)
        scale = self.size / max(iw, ih)
        w, h = iw * scale, ih * scale
        draw_png(self.canv, self.png, (self.size - w) / 2, (self.size - h) / 2, w, h)


def _closing_block(content: LetterContent, labels: dict[str, str], styles) -> Flowable:
    foot = styles["foot"]
    official = " ".join(p for p in (content.department, content.official_rank, content.official_name) if p)
    register = f"{content.register_number} ({format_date(content.issue_date, content.language)})"
    rows = []
    if content.sign_lines:
        # 시행규칙 제4조⑥2호, 제7조: each field with its rank, name, 전결/대결 and the approver's date.
        fields = []
        for line in content.sign_lines:
            text = " ".join(p for p in (line.rank, line.mark, line.name, line.date) if p)
            fields.append(f"{labels[line.role]} {text}")
        rows.append(["", _paragraph(markup("    ".join(fields)), foot)])
    if official:
        phone = f"   {labels['phone']} {content.official_phone}" if content.official_phone else ""
        rows.append([labels["official"], _paragraph(markup(official + phone), foot)])
    received = f"      {labels['received']}" if labels["received"] else ""
    rows.append([labels["register"], _paragraph(markup(register + received), foot)])
    address = content.city_address
    if content.city_homepage:
        address = f"{address}  /  {content.city_homepage}" if address else content.city_homepage
    if address:
        rows.append([labels["address"], _paragraph(markup(address), foot)])
    contact = [content.city_phone]
    if content.city_fax:
        contact.append(f"{labels['fax']} {content.city_fax}")
    if content.official_email:
        contact.append(f"{labels['email']} {content.official_email}")
    phone = "  /  ".join(p for p in (*contact, labels["disclosure"]) if p)
    if phone:
        rows.append([labels["phone"], _paragraph(markup(phone), foot)])
    # The labels in the headings' bold at 10 pt; a value's cell keeps 6 pt clear on its right.
    table = _Rows(rows, 18 * mm, top=1, bottom=1, value_right=6, label_font=(HEADING_BOLD, 10))
    return _Stack([Rule(1.6, 2, 5), table])


class _Stack(Flowable):
    """A few flowables drawn as one block (for AtPageFoot)."""

    def __init__(self, parts: list[Flowable]) -> None:
        super().__init__()
        self.parts = parts

    def wrap(self, avail_width, avail_height):
        self.sizes = [part.wrap(avail_width, avail_height) for part in self.parts]
        self.width = avail_width
        self.height = sum(h for _w, h in self.sizes)
        return self.width, self.height

    def draw(self) -> None:
        y = self.height
        for part, (_w, h) in zip(self.parts, self.sizes, strict=True):
            y -= h
            part.drawOn(self.canv, 0, y)


def build_story(content: LetterContent) -> list[Flowable]:
    labels = LABELS.get(content.language, LABELS["ko"])
    styles = _styles()
    story: list[Flowable] = _header(content, styles)
    recipient = f"{content.recipient_name}{labels['honorific']}" if content.recipient_name else ""
    if content.recipient_address:
        recipient = f"{recipient} ({content.recipient_address})" if recipient else content.recipient_address
    rows = [(_paragraph(labels["to"], styles["label"]), _paragraph(markup(recipient), styles["value"]))]
    if labels["via"]:
        rows.append((_paragraph(labels["via"], styles["label"]), _paragraph("", styles["value"])))
    story.append(_label_table(rows, 18 * mm))
    story.append(Spacer(1, 5))
    subject_row = [
        (
            _paragraph(labels["subject"], styles["label"]),
            _paragraph(markup(content.subject), styles["subject"]),
        )
    ]
    story.append(_label_table(subject_row, 18 * mm))
    story.append(Rule(0.6, 4, 10))
    story.extend(_body_paragraphs(content.body, labels["end"], styles))
    story.append(Spacer(1, 16 * mm))
    story.append(SenderWithSeal(content.sender, content.seal_png, on_last_character=content.language == "ko"))
    story.append(AtPageFoot(_closing_block(content, labels, styles)))
    return story


def _faces(content: LetterContent) -> tuple[str, ...]:
    """The faces the letter prints: the body's and the headings'; the plain Gothic for an emblem's
    row and for Hanja (fonts.markup)."""
    texts = [getattr(content, f.name) for f in dataclasses.fields(content)]
    text = "".join(t for t in texts if isinstance(t, str)) + repr(content.sign_lines) + repr(content.extra)
    if content.emblem_png or has_hanja(text):
        return BODY, HEADING_BOLD, HEADING
    return BODY, HEADING_BOLD


def render_letter(content: LetterContent) -> bytes:
    """The letter's PDF bytes: fonts subset-embedded, no base-14 font anywhere, metadata set.
    Only the faces it prints are registered for it (a render worker reads no other)."""
    register_letter_fonts(*_faces(content))
    try:
        return _render(content)
    except KeyError:  # a face it prints after all, not yet registered in this process
        register_letter_fonts()
        return _render(content)


def _render(content: LetterContent) -> bytes:
    labels = LABELS.get(content.language, LABELS["ko"])
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=content.subject,
        author=content.city_name,
        subject=content.case_number,
        creator="CivicDesk",
        lang="ko-KR" if content.language == "ko" else "en",
        initialFontName=BODY,  # else an unused, non-embedded Helvetica stays in the file
    )

    def make_canvas(*args, **kwargs):
        return _LetterCanvas(*args, page_format=labels["page"], **kwargs)

    doc.build(build_story(content), canvasmaker=make_canvas)
    return buffer.getvalue()
