"""The limits checked before any database are the columns' own, so SQLite and PostgreSQL take in the
same rows (domain/input_limits.py)."""

from __future__ import annotations

import datetime as dt

from civicdesk_gui.domain import input_limits
from civicdesk_gui.store.models import Case, Session


def test_the_limits_are_the_columns_lengths():
    assert Case.submitter_name.max_length == input_limits.MAX_NAME_LENGTH
    assert Case.submitter_phone.max_length == input_limits.MAX_PHONE_LENGTH
    assert Case.submitter_address.max_length == input_limits.MAX_ADDRESS_LENGTH
    assert Session.ics_uid.max_length == input_limits.MAX_SESSION_UID_LENGTH
    assert Session.title.max_length == input_limits.MAX_SESSION_TITLE_LENGTH
    assert Session.place.max_length == input_limits.MAX_SESSION_PLACE_LENGTH
    assert Session.unit_name.max_length == input_limits.MAX_SESSION_UNIT_LENGTH


def test_received_dates_run_from_2000_to_tomorrow():
    today = dt.date(2026, 11, 30)
    assert input_limits.received_in_range(dt.datetime(2000, 1, 1), today)
    assert not input_limits.received_in_range(dt.datetime(1999, 12, 31, 23, 59), today)
    assert input_limits.received_in_range(dt.datetime(2026, 12, 1, 23, 59, 59), today)
    assert not input_limits.received_in_range(dt.datetime(2026, 12, 2), today)
    assert not input_limits.received_in_range(dt.datetime(9999, 12, 31), today)


def test_sessions_run_from_2000_to_ten_years_ahead():
    today = dt.date(2026, 11, 30)
    assert input_limits.session_in_range(dt.datetime(2036, 12, 31, 23, 0), today)
    assert not input_limits.session_in_range(dt.datetime(2037, 1, 1), today)
    assert not input_limits.session_in_range(dt.datetime(1, 1, 1), today)
