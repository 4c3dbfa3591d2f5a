"""Sign-in rules: what a login and a password must be, and the growing delay after failures.

The delay is stored with the user (actions/users.py), so restarting the app, or trying at another
desk of the team, does not reset it. No Qt, no SQL, no hashing (that is actions/passwords.py).
"""

from __future__ import annotations

import datetime as dt
import re

from civicdesk_gui.errors import ValidationError

MIN_PASSWORD_LENGTH = 10
FREE_FAILURES = 4  # typing mistakes: the fifth failure in a row starts a lockout
FIRST_LOCK = dt.timedelta(seconds=30)
LONGEST_LOCK = dt.timedelta(hours=1)

_LOGIN = re.compile(r"[A-Za-z][A-Za-z0-9._-]{1,59}")


def check_login(login: str) -> str:
    login = login.strip()
    if not _LOGIN.fullmatch(login):
        raise ValidationError("user.login_invalid", {"login": login}, field="login")
    return login


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError("user.password_short", {"minimum": MIN_PASSWORD_LENGTH}, field="password")


def lock_after(failures: int) -> dt.timedelta | None:
    """How long sign-in stays locked after `failures` failures in a row: none for the first few,
    then 30 seconds, doubling with each further failure, at most an hour."""
    if failures <= FREE_FAILURES:
        return None
    return min(FIRST_LOCK * 2 ** (failures - FREE_FAILURES - 1), LONGEST_LOCK)
