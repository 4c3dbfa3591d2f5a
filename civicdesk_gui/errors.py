"""Errors a user can act on. Anything else reaching the top is a bug.

Each carries a `code` from error_catalog.MESSAGES and the `values` its message needs; `str()` is the
English sentence (the CLI prints it, logs keep it) and the GUI says it in the desk's language
(ui/shell/error_text.py). Below the UI every error is raised with a code (tests/test_error_catalog.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from civicdesk_gui.error_catalog import MESSAGES, Phrase, english


class CivicDeskError(Exception):
    """A problem the user can understand and fix.

    `code` is a key of error_catalog.MESSAGES. Text that is not a code is taken as a finished sentence
    (a UI form's own, already in the desk's language; the SMS import's, until it is converted): then
    `code` is "" and the text is shown as is."""

    def __init__(self, code: str, values: Mapping[str, Any] | None = None):
        self.values: dict[str, Any] = dict(values or {})
        if code in MESSAGES:
            self.code = code
            text = english(code, self.values)
        else:
            self.code = ""
            text = code
        super().__init__(text)

    @property
    def phrase(self) -> Phrase | None:
        return Phrase(self.code, self.values) if self.code else None


class ValidationError(CivicDeskError):
    """Input that breaks a rule; names the field that is wrong."""

    def __init__(self, code: str, values: Mapping[str, Any] | None = None, *, field: str | None = None):
        super().__init__(code, values)
        self.field = field


class TransitionError(ValidationError):
    """A workflow step that the transition table does not allow."""


class NotFoundError(CivicDeskError):
    pass


class ConflictError(CivicDeskError):
    """Someone else saved the record first; nothing was overwritten."""

    def __init__(
        self,
        code: str,
        values: Mapping[str, Any] | None = None,
        *,
        changed_by: str | None = None,
        changed_at=None,
        current_version=None,
    ):
        super().__init__(code, values)
        self.changed_by = changed_by
        self.changed_at = changed_at
        self.current_version = current_version


class DatabaseError(CivicDeskError):
    """The database cannot be opened or used (bad URL, missing file, server down, newer schema)."""


class SchemaTooNewError(DatabaseError):
    pass


class PermissionDenied(CivicDeskError):
    """The acting user's role (or department) does not allow this action; nothing was written.
    The CLI exits with 4 on it (cli.EXIT_PERMISSION)."""


class SignInRefused(CivicDeskError):
    """Wrong login or password, or a lockout still running; the attempt is in the audit log."""


class DatabaseDamagedError(DatabaseError):
    """The database file failed its check on opening; `backup` is the latest copy found, if any."""

    def __init__(self, code: str, values: Mapping[str, Any] | None = None, *, backup: str | None = None):
        super().__init__(code, values)
        self.backup = backup


class FileError(CivicDeskError):
    """A file or folder the user named cannot be used: missing, read-only, a folder where a file was
    expected, a pipe nobody reads, a full disk. `path` is the file the message names."""

    def __init__(self, code: str, values: Mapping[str, Any] | None = None, *, path: str | None = None):
        super().__init__(code, values)
        self.path = path
