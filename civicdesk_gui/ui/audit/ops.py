"""The audit feature's one write: exporting the log (itself an audited action)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from civicdesk_gui.actions import exports
from civicdesk_gui.domain.actor import Actor
from civicdesk_gui.queries.audit import AuditFilter
from civicdesk_gui.ui.shell.ops import WriteOp


def export_audit(
    *, parent: QWidget | None, actor: Actor, audit_filter: AuditFilter, path: Path
) -> WriteOp[exports.Exported]:
    return WriteOp(
        parent,
        lambda _job: exports.export_audit(actor=actor, audit_filter=audit_filter, path=path),
        done_message=QCoreApplication.translate("AuditOps", "Audit log exported: {0}").format(path.name),
    )
