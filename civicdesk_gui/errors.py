"""Errors a user can act on. Anything else reaching the top is a bug."""

from __future__ import annotations


class CivicDeskError(Exception):
    """A problem the user can understand and fix; its message is shown as is."""


class ValidationError(CivicDeskError):
    """Input that breaks a rule; names the field that is wrong."""

    def __init__(self, message: str, *, field: str | None = None):
        super().__init__(message)
        self.field = field


class TransitionError(ValidationError):
    """A workflow step that the transition table does not allow."""


class NotFoundError(CivicDeskError):
    pass


class ConflictError(CivicDeskError):
    """Someone else saved the record first; nothing was overwritten."""

    def __init__(self, message: str, *, changed_by: str | None = None, changed_at=None, current_version=None):
        super().__init__(message)
        self.changed_by = changed_by
        self.changed_at = changed_at
        self.current_version = current_version


class DatabaseError(CivicDeskError):
    """The database cannot be opened or used (bad URL, missing file, server down, newer schema)."""


class SchemaTooNewError(DatabaseError):
    pass
