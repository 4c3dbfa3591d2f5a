"""Taking data out of the app: the case list (CSV/XLSX, or Open311 GeoReport v2 JSON for other
systems) and the audit log (CSV). Each is an action:
the permission is checked first, the file is written under a temporary name, and the audit event is
written in the transaction that puts the file in place — so no export leaves the app unrecorded."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from civicdesk_gui.actions.audit import AUDIT_CHANGED, append_audit
from civicdesk_gui.actions.permission import require
from civicdesk_gui.documents.audit_export import write_audit_csv
from civicdesk_gui.documents.case_export import export_cases as write_cases
from civicdesk_gui.documents.open311 import build_request, write_requests
from civicdesk_gui.domain import permissions
from civicdesk_gui.domain.actor import Actor
from civicdesk_gui.domain.changes import Changes
from civicdesk_gui.domain.masking import PersonalDataPolicy
from civicdesk_gui.queries.audit import AuditFilter, iterate_audit
from civicdesk_gui.queries.case_list import CaseFilter, CaseSort, iterate_rows
from civicdesk_gui.queries.open311 import exchange_cases
from civicdesk_gui.store.database import database_proxy
from civicdesk_gui.store.models import now as clock_now


@dataclass(frozen=True)
class Exported:
    path: Path
    rows: int
    changes: Changes = AUDIT_CHANGED


def _temporary(path: Path) -> Path:
    return path.with_name(f".{path.name}.part")


def _described(value) -> dict:
    """A filter's fields that filter, for the audit event."""
    return {k: v for k, v in dataclasses.asdict(value).items() if v not in (None, "", (), False)}


def export_cases(
    *,
    actor: Actor,
    case_filter: CaseFilter,
    sort: CaseSort,
    path: Path,
    fmt: str,
    now: dt.datetime | None = None,
    progress: Callable[[int], None] | None = None,
    check: Callable[[], None] | None = None,
) -> Exported:
    """Write the view to `path`; `check` may raise to stop (nothing is left behind, nothing audited)."""
    with database_proxy.atomic():
        user = require(actor, "case.export")
    privacy = policy_of_user(user)
    path = Path(path)
    temporary = _temporary(path)
    # The resident's whole words, phone numbers masked unless the user may see the case's personal data.
    rows = iterate_rows(case_filter, sort, now=now, with_text=True, privacy=privacy)
    count = write_cases(rows, temporary, fmt=fmt, progress=progress, check=check)
    details = {
        "format": fmt,
        "filter": _described(case_filter),
        "personal_data": personal_data_shown(privacy),
    }
    return _place(temporary, path, count, "case_export", actor, details)


def policy_of_user(user) -> PersonalDataPolicy:
    """The masking for a user row as the action read it (its current role and department)."""
    return PersonalDataPolicy(role=user.role, department_id=user.department_id, active=user.active)


def personal_data_shown(privacy: PersonalDataPolicy) -> str:
    """What the audit event says about a file's personal data: all, own_department or masked."""
    if privacy.shows(None):  # a role with every case in scope
        return "all"
    return "own_department" if privacy.shows_any() else "masked"


def export_open311(
    *,
    actor: Actor,
    case_filter: CaseFilter,
    path: Path,
    language: str = "ko",
    include_personal: bool = False,
    now: dt.datetime | None = None,
    progress: Callable[[int], None] | None = None,
    check: Callable[[], None] | None = None,
) -> Exported:
    """The view as Open311 GeoReport v2 `requests.json` for another system. Residents' names, phone
    numbers and street addresses go out only when asked (`include_personal`) and only for the cases
    the actor's role may see them on (case.view_personal, in its scope); asking without that
    permission at all is refused before anything is written. Audited like every export."""
    with database_proxy.atomic():
        user = require(actor, "case.export")
        if include_personal:
            require(actor, "case.view_personal")
    role, department_id = user.role, user.department_id

    def personal(case) -> bool:
        return include_personal and permissions.allows(
            role,
            "case.view_personal",
            actor_department_id=department_id,
            case_department_id=case.department_id,
            on_case=True,
        )

    path = Path(path)
    temporary = _temporary(path)
    requests = (
        build_request(case, language=language, include_personal=personal(case))
        for case in exchange_cases(case_filter, now=now)
    )
    count = write_requests(requests, temporary, progress=progress, check=check)
    details = {
        "format": "open311",
        "language": language,
        "personal": include_personal,
        "filter": _described(case_filter),
    }
    return _place(temporary, path, count, "case_export", actor, details)


def export_audit(*, actor: Actor, audit_filter: AuditFilter, path: Path) -> Exported:
    with database_proxy.atomic():
        require(actor, "audit.view")
    path = Path(path)
    temporary = _temporary(path)
    try:
        count = write_audit_csv(iterate_audit(audit_filter), temporary)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return _place(temporary, path, count, "audit_export", actor, {"filter": _described(audit_filter)})


def _place(temporary: Path, path: Path, count: int, kind: str, actor: Actor, details: dict) -> Exported:
    try:
        with database_proxy.atomic():
            append_audit(
                kind, actor=actor, details={"file": str(path), "rows": count, **details}, at=clock_now()
            )
            os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return Exported(path, count)
