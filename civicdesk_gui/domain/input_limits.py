"""What a value may be before any database sees it, the same on SQLite and PostgreSQL.

SQLite stores a 70-character name in a 60-character column and a NUL inside a text; PostgreSQL
refuses both with a DataError that would roll back everything written with it. So the importers and
the intake action check these limits first and refuse one row, in words, instead. The lengths are
the columns' (tests/domain/test_input_limits.py keeps them equal to the models)."""

from __future__ import annotations

import datetime as dt

from civicdesk_gui.domain.workflow import MAX_TEXT_LENGTH

__all__ = [
    "EARLIEST_RECEIVED",
    "EARLIEST_SESSION",
    "MAX_ADDRESS_LENGTH",
    "MAX_NAME_LENGTH",
    "MAX_PHONE_LENGTH",
    "MAX_SESSION_PLACE_LENGTH",
    "MAX_SESSION_TITLE_LENGTH",
    "MAX_SESSION_UID_LENGTH",
    "MAX_SESSION_UNIT_LENGTH",
    "MAX_TEXT_LENGTH",
    "SESSION_YEARS_AHEAD",
    "has_nul",
    "latest_received",
    "latest_session",
    "received_in_range",
    "session_in_range",
]

MAX_NAME_LENGTH = 60  # Case.submitter_name
MAX_PHONE_LENGTH = 40  # Case.submitter_phone (as normalised, or as typed when not a valid number)
MAX_ADDRESS_LENGTH = 200  # Case.submitter_address

MAX_SESSION_UID_LENGTH = 120  # Session.ics_uid
MAX_SESSION_TITLE_LENGTH = 200  # Session.title
MAX_SESSION_PLACE_LENGTH = 200  # Session.place
MAX_SESSION_UNIT_LENGTH = 120  # Session.unit_name

# The office did not exist before 2000; a message "received" earlier is a damaged date (year 0001
# would even make case number 1-000001). Tomorrow is allowed: a gateway's clock may run ahead.
EARLIEST_RECEIVED = dt.datetime(2000, 1, 1)
# Sessions are planned ahead, but not by decades: year 9999 is a damaged calendar entry (and
# overflows the deadline arithmetic).
EARLIEST_SESSION = dt.datetime(2000, 1, 1)
SESSION_YEARS_AHEAD = 10


def latest_received(today: dt.date) -> dt.datetime:
    """The first moment no longer accepted: the day after tomorrow at 00:00."""
    return dt.datetime.combine(today + dt.timedelta(days=2), dt.time())


def received_in_range(received_at: dt.datetime, today: dt.date) -> bool:
    return EARLIEST_RECEIVED <= received_at < latest_received(today)


def latest_session(today: dt.date) -> dt.datetime:
    return dt.datetime(today.year + SESSION_YEARS_AHEAD + 1, 1, 1)


def session_in_range(moment: dt.datetime, today: dt.date) -> bool:
    return EARLIEST_SESSION <= moment < latest_session(today)


def has_nul(*values: str) -> bool:
    """PostgreSQL cannot store U+0000 in text at all."""
    return any("\x00" in value for value in values)
