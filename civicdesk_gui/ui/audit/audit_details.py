"""An audit event's details as a person reads them ("12 cases to 민원.csv (CSV) · personal data
masked"), in the desk's language, instead of the JSON the log keeps. Unknown keys still show, as
"key: value", never as braces and quotes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from civicdesk_gui.domain.permissions import ROLES
from civicdesk_gui.ui.shell import preferences
from civicdesk_gui.ui.shell.vocabulary_labels import term


def _personal(value: str) -> str:
    return {
        "all": QCoreApplication.translate("AuditDetails", "personal data included"),
        "own_department": QCoreApplication.translate(
            "AuditDetails", "personal data of the user's department only"
        ),
        "masked": QCoreApplication.translate("AuditDetails", "personal data masked"),
    }.get(value, str(value))


def _role(code: Any) -> str:
    return term(ROLES, code) if code in ROLES else str(code)


def _setting(key: str) -> str:
    try:
        return preferences.label(key)
    except KeyError:
        return key


def _plain(value: Any) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{k} {_plain(v)}" for k, v in value.items())
    if isinstance(value, list | tuple):
        return ", ".join(_plain(v) for v in value)
    return "" if value is None else str(value)


def readable(kind: str, details: dict) -> str:
    d = dict(details or {})
    parts: list[str] = []

    def take(key: str) -> Any:
        return d.pop(key, None)

    if kind == "sign_in":
        method = take("method")
        parts.append(
            QCoreApplication.translate("AuditDetails", "remembered on this desk")
            if method == "remembered"
            else QCoreApplication.translate("AuditDetails", "with password")
        )
    elif kind == "sign_in_failed":
        reason = take("reason")
        parts.append(
            {
                "locked": QCoreApplication.translate("AuditDetails", "account locked"),
                "inactive": QCoreApplication.translate("AuditDetails", "account deactivated"),
                "unknown": QCoreApplication.translate("AuditDetails", "unknown login"),
            }.get(reason, QCoreApplication.translate("AuditDetails", "wrong login or password"))
        )
    elif kind == "lockout":
        failures, seconds = take("failures"), take("seconds")
        parts.append(
            QCoreApplication.translate("AuditDetails", "{0} failed attempts; locked for {1} seconds").format(
                failures, seconds
            )
        )
    elif kind == "user_add":
        login, role = take("login"), take("role")
        take("department")
        parts.append(QCoreApplication.translate("AuditDetails", "{0} as {1}").format(login, _role(role)))
    elif kind == "user_role":
        login, before, after = take("login"), take("before") or {}, take("after") or {}
        parts.append(f"{login}: {_role(before.get('role'))} → {_role(after.get('role'))}")
    elif kind in ("user_password", "user_deactivate", "user_reactivate"):
        parts.append(str(take("login") or ""))
    elif kind in ("case_export", "audit_export"):
        rows, file = take("rows"), take("file")
        fmt = take("format")
        parts.append(
            QCoreApplication.translate("AuditDetails", "{0} rows to {1}").format(rows, file)
            + (f" ({str(fmt).upper()})" if fmt else "")
        )
        if "personal_data" in d:
            parts.append(_personal(take("personal_data")))
        filters = take("filter")
        if filters:
            parts.append(QCoreApplication.translate("AuditDetails", "filter: {0}").format(_plain(filters)))
    elif kind == "report_export":
        document = take("document")
        names = {
            "briefing": QCoreApplication.translate("AuditDetails", "morning briefing"),
            "monthly_report": QCoreApplication.translate("AuditDetails", "monthly report"),
        }
        parts.append(names.get(document, str(document)))
        for key in ("month", "as_of"):
            if key in d:
                parts.append(str(take(key)))
        if "file" in d:
            parts.append(QCoreApplication.translate("AuditDetails", "to {0}").format(take("file")))
        if "personal_data" in d:
            parts.append(_personal(take("personal_data")))
        take("rows")
    elif kind == "personal_data_view":
        parts.append(QCoreApplication.translate("AuditDetails", "case {0}").format(take("number")))
        take("permitted")
    elif kind == "settings_change":
        keys = take("keys") or []
        parts.append(", ".join(_setting(key) for key in keys))
    elif kind == "template_change":
        take("kind"), take("language")
        parts.append(
            QCoreApplication.translate("AuditDetails", "version {0}: {1}").format(
                take("version"), take("subject")
            )
        )
    elif kind == "retention_purge":
        cases, years, before = take("cases"), take("years"), take("closed_before")
        parts.append(
            QCoreApplication.translate("AuditDetails", "{0} cases closed before {1} (kept {2} years)").format(
                cases, before, years
            )
        )
    elif kind == "letter_files":
        files, folder, mode = take("files"), take("folder"), take("mode")
        label = (
            QCoreApplication.translate("AuditDetails", "reprint")
            if mode == "reprint"
            else QCoreApplication.translate("AuditDetails", "owed files")
        )
        parts.append(
            QCoreApplication.translate("AuditDetails", "{0} letter files to {1}").format(files, folder)
            + f" ({label})"
        )
        take("letters")
    parts.extend(f"{key}: {_plain(value)}" for key, value in d.items() if value not in (None, "", [], {}))
    return " · ".join(p for p in parts if p)
