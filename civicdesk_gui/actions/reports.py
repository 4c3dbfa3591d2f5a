"""Documents that leave the office from the CLI — the morning briefing (PDF) and the monthly report
(XLSX, or CSV files in a ZIP) — as actions: the reader's permission, the residents' data masked for
their role (the report's overdue list quotes each case's summary; the briefing holds figures only),
the file written under a temporary name and put in place in the transaction of its audit event."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from civicdesk_gui.actions.exports import Exported, _place, _temporary, personal_data_shown, policy_of_user
from civicdesk_gui.actions.permission import require
from civicdesk_gui.domain.actor import Actor
from civicdesk_gui.store.database import database_proxy


def export_briefing(*, actor: Actor, scope, now: dt.datetime, path: Path, city: str = "") -> Exported:
    from civicdesk_gui.documents.briefing_pdf import write_briefing_pdf
    from civicdesk_gui.queries.briefing import load_briefing

    with database_proxy.atomic():
        require(actor, "case.read")
    path = Path(path)
    temporary = _temporary(path)
    try:
        write_briefing_pdf(load_briefing(scope, now), temporary, city=city)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    details = {"document": "briefing", "as_of": f"{now:%Y-%m-%d %H:%M}", "period": scope.period.key}
    return _place(temporary, path, 1, "report_export", actor, details)


def export_monthly_report(
    *, actor: Actor, year: int, month: int, now: dt.datetime, path: Path, kind: str
) -> Exported:
    """`kind`: "xlsx" or "zip" (CSV files)."""
    from civicdesk_gui.documents.monthly_report import report_sheets, write_report_xlsx, write_report_zip
    from civicdesk_gui.queries.monthly_report import monthly_report

    with database_proxy.atomic():
        user = require(actor, "case.read")
    privacy = policy_of_user(user)
    report = dataclasses.replace(monthly_report(year, month, now), privacy=privacy)
    path = Path(path)
    temporary = _temporary(path)
    try:
        sheets = report_sheets(report)
        (write_report_xlsx if kind == "xlsx" else write_report_zip)(sheets, temporary)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    details = {
        "document": "monthly_report",
        "month": f"{year}-{month:02d}",
        "format": kind,
        "personal_data": personal_data_shown(privacy),
    }
    return _place(temporary, path, report.figures.received, "report_export", actor, details)
