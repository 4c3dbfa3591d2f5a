"""Disable what the signed-in user's role may not do, and say why in the tooltip.

The rule is always domain/permissions.py's; a widget only asks. The action checks again when it runs
(with the role as it is in the database then), so this is courtesy, not the lock."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from civicdesk_gui.domain import permissions
from civicdesk_gui.domain.actor import Actor
from civicdesk_gui.ui.shell.error_text import describe


def refusal_text(actor: Actor, action: str) -> str | None:
    """Why `actor` may not do `action` (in any case of their scope), or None when they may."""
    refused = permissions.refusal(actor.role, action, actor_department_id=actor.department_id)
    return describe(refused) if refused is not None else None


def permitted(target: QWidget | QAction, actor: Actor, action: str) -> bool:
    """Enable `target` only when `actor` may do `action`; otherwise disable it with the reason as
    its tooltip. Returns whether it is allowed."""
    reason = refusal_text(actor, action)
    if reason is None:
        return True
    target.setEnabled(False)
    target.setToolTip(reason)
    return False
