"""What the user can do something about, whatever raised it: a CivicDeskError as it is; a database
error (store/database_errors.py) or an operating-system error (os_errors.py) as a CivicDeskError that
names the database or the file and says what to do; None for anything else, which is a bug.

The CLI prints the result as one line (exit 2); the GUI says it in the desk's language
(ui/shell/error_dialog.py). No Qt here."""

from __future__ import annotations

from civicdesk_gui.errors import CivicDeskError
from civicdesk_gui.os_errors import file_error
from civicdesk_gui.store.database_errors import database_error


def user_error(exc: BaseException) -> CivicDeskError | None:
    if isinstance(exc, CivicDeskError):
        return exc
    known = database_error(exc)
    if known is not None:
        return known
    current: BaseException | None = exc
    seen: set[int] = set()
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and not isinstance(current, BrokenPipeError):
            return file_error(current)
        current = current.__cause__ or current.__context__
    return None
