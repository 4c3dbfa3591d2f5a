"""The monthly report as files: an XLSX workbook with one sheet per view, or the same sheets as CSV
files (UTF-8 with BOM, so Korean Excel opens them) packed in one ZIP. Korean headers: the report goes
to people outside the app.

Cells that hold what residents or officials wrote (summaries, names of departments, towns, topics)
are written as text cells, never left for Excel to read as a formula or a number. Files are written
through documents/file_output.py (temporary name, then rename).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from civicdesk_gui.documents.briefing_pdf import MEASURE_LABELS, OUTCOME_LABELS, period_text
from civicdesk_gui.documents.file_output import write_file
from civicdesk_gui.domain.surveys import SURVEY_CHANNELS
from civicdesk_gui.domain.vocabulary import CATEGORIES, CHANNELS, CLASSIFICATIONS, CLOCKS, label
from civicdesk_gui.domain.workflow import state_label
from civicdesk_gui.queries.briefing import Share
from civicdesk_gui.queries.monthly_report import GroupRow, MonthlyReport


class Text(str):
    """A cell written as text whatever it looks like (=SUM(…), 010-…, 2026-10)."""


@dataclass(frozen=True)
class Percent:
    value: float | None


@dataclass
class Sheet:
    name: str  # sheet name, and the CSV file's name
    headers: list[str]
    rows: Iterable[list]
    widths: tuple[int, ...] = ()


def _share(value: Share) -> list:
    return [value.numerator, value.denominator, Percent(value.share)]


def _hours(value: float | None) -> float | None:
    return round(value, 1) if value is not None else None


def _summary(report: MonthlyReport) -> Sheet:
    f = report.figures
    rows: list[list] = [
        [Text("기간"), Text(period_text(report.period.start, report.period.end)), None, None],
        [Text("작성 시각"), Text(f"{report.now:%Y-%m-%d %H:%M}"), None, None],
        [Text("접수"), f.received, None, None],
        [Text("접수 (격려·감사 제외)"), f.received_ng, None, None],
    ]
    for code in (*CLASSIFICATIONS, "pending"):
        name = label(CLASSIFICATIONS, code) if code != "pending" else "처리 전 (접수·배정·검토 중)"
        rows.append(
            [Text(f"처리 결과: {name}"), f.outcomes[code], Percent(f.outcome_share(code, gratitude=True)),
             Percent(f.outcome_share(code, gratitude=False)) if code in OUTCOME_LABELS else None]
        )  # fmt: skip
    for key, value in f.measures.items():
        rows.append([Text(MEASURE_LABELS[key]), value.numerator, value.denominator, Percent(value.share)])
    rows += [
        [Text("첫 회신까지 중앙값 (시간)"), _hours(f.median_first_reply_hours), None, None],
        [Text("결과 통보까지 중앙값 (시간)"), _hours(f.median_result_hours), None, None],
        [Text("이동시장실 개최 (회)"), report.coverage.sessions_held, None, None],
        [Text("이동시장실 참석 시민 (명)"), report.coverage.citizens_met, None, None],
        [Text("이동시장실 방문 읍·면·동"), report.coverage.towns_covered, report.coverage.towns_total, None],
        [Text("이동시장실 건의 (건)"), report.coverage.suggestions, None, None],
    ]
    return Sheet("요약", ["항목", "값", "비율·분모", "비율 (격려·감사 제외)"], rows, (34, 22, 14, 20))


def _departments(report: MonthlyReport) -> Sheet:
    rows = [
        [
            Text(r.name), r.received, r.open, r.overdue, _hours(r.median_reply_hours), *_share(r.compliance),
            r.rank if r.rank is not None else Text(f"표본 {report.min_sample}건 미만" if r.received < report.min_sample else "—"),
        ]
        for r in sorted(report.departments, key=lambda r: (r.rank is None, r.rank or 0, r.name))
    ]  # fmt: skip
    headers = [
        "담당 부서",
        "접수",
        "처리 중",
        "기한 경과",
        "첫 회신 중앙값 (시간)",
        "약속 준수",
        "판정 대상",
        "준수율",
        "순위",
    ]
    return Sheet("부서별", headers, rows, (16, 8, 8, 9, 12, 9, 9, 9, 16))


def _grouped(name: str, first: str, groups: list[GroupRow]) -> Sheet:
    rows = [
        [
            Text(g.label),
            g.received,
            g.resolved,
            g.open,
            g.long_term_or_unfeasible,
            *_share(g.promise),
            _hours(g.median_reply_hours),
        ]
        for g in groups
    ]
    headers = [
        first,
        "접수",
        "처리 완료",
        "처리 중",
        "장기 검토·불가",
        "약속 준수",
        "판정 대상",
        "준수율",
        "첫 회신 중앙값 (시간)",
    ]
    return Sheet(name, headers, rows, (16, 8, 9, 8, 12, 9, 9, 9, 12))


def _overdue(report: MonthlyReport) -> Sheet:
    def rows():
        for row in report.overdue_rows():
            late = (report.now - row.next_due_at).total_seconds() / 86400 if row.next_due_at else None
            yield [
                Text(row.number),
                row.received_at,
                Text(label(CHANNELS, row.channel)),
                Text(label(CATEGORIES, row.category)),
                Text(row.town),
                Text(row.summary),
                Text(row.department),
                Text(row.official),
                Text(state_label(row.state)),
                Text(label(CLOCKS, row.next_clock)),
                row.next_due_at,
                round(late, 1) if late is not None else None,
            ]

    headers = [
        "접수번호",
        "접수일시",
        "접수 경로",
        "분야",
        "읍·면·동",
        "요지",
        "담당 부서",
        "담당자",
        "처리 상태",
        "경과한 기한",
        "기한",
        "경과 일수",
    ]
    return Sheet("기한 경과 목록", headers, rows(), (13, 17, 11, 11, 10, 44, 14, 9, 10, 16, 17, 9))


def _surveys(report: MonthlyReport) -> Sheet:
    rows = []
    for s in report.surveys:
        name = "전체" if s.channel == "all" else label(SURVEY_CHANNELS, s.channel)
        rows.append(
            [Text(name), s.responses, Percent(s.satisfaction_share("satisfied")), Percent(s.satisfaction_share("neutral")),
             Percent(s.satisfaction_share("dissatisfied")), Percent(s.answer_share("would_use_again")),
             Percent(s.answer_share("would_recommend")), Percent(s.answer_share("wants_continued"))]
        )  # fmt: skip
    headers = ["조사 방법", "응답", "만족", "보통", "불만족", "재이용 의향", "추천 의향", "지속 희망"]
    return Sheet("만족도 조사", headers, rows, (16, 8, 9, 9, 9, 11, 11, 11))


def report_sheets(report: MonthlyReport) -> list[Sheet]:
    return [
        _summary(report),
        _departments(report),
        _grouped("분야별", "분야", report.by_category),
        _grouped("읍면동별", "읍·면·동", report.by_town),
        _grouped("접수경로별", "접수 경로", report.by_channel),
        _overdue(report),
        _surveys(report),
    ]


# ------------------------------------------------------------------------------------------ writing


def _csv_value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, Percent):
        return "" if value.value is None else f"{value.value * 100:.1f}%"
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return str(value)


def _xlsx_cell(sheet, value):
    from openpyxl.cell import WriteOnlyCell

    if isinstance(value, Percent):
        cell = WriteOnlyCell(sheet, value=value.value)
        cell.number_format = "0.0%"
        return cell
    if isinstance(value, Text):
        cell = WriteOnlyCell(sheet, value=str(value))
        cell.data_type = "s"  # text, even when it starts with "=" (openpyxl would write a formula)
        return cell
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, dt.datetime):
        cell.number_format = "yyyy-mm-dd hh:mm"
    return cell


def write_report_xlsx(
    sheets: list[Sheet], path: str | Path, *, check: Callable[[], None] | None = None
) -> Path:
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    def write(stream) -> None:
        book = Workbook(write_only=True)
        for spec in sheets:
            sheet = book.create_sheet(spec.name)
            for index, width in enumerate(spec.widths, start=1):
                sheet.column_dimensions[get_column_letter(index)].width = width
            sheet.freeze_panes = "A2"
            sheet.append([_xlsx_cell(sheet, Text(h)) for h in spec.headers])
            for count, row in enumerate(spec.rows, start=1):
                sheet.append([_xlsx_cell(sheet, v) for v in row])
                if check is not None and count % 500 == 0:
                    check()
        book.save(stream)

    return write_file(path, write)


def csv_bytes(sheet: Sheet) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(sheet.headers)
    for row in sheet.rows:
        writer.writerow([_csv_value(v) for v in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def write_report_zip(sheets: list[Sheet], path: str | Path) -> Path:
    """One CSV per sheet (UTF-8 with BOM), numbered in the workbook's order, in one ZIP file."""

    def write(stream) -> None:
        with zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for index, sheet in enumerate(sheets, start=1):
                archive.writestr(f"{index:02d}-{sheet.name}.csv", csv_bytes(sheet))

    return write_file(path, write)
