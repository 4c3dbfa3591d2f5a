"""The management list of a short period is read through the received-time index (queries/briefing.py
`_managed(by_receipt=True)`): the same rows as through the outcome index, on both back ends."""

from __future__ import annotations

import datetime as dt

from civicdesk_gui.domain.periods import period_for
from civicdesk_gui.queries import briefing
from civicdesk_gui.queries.aggregates import Scope

NOW = dt.datetime(2026, 11, 20, 8, 30)


def test_a_short_periods_management_list_is_the_same_read_either_way(any_db):
    from civicdesk_gui.demo.generator import generate_demo

    generate_demo(cases=1500, seed=7, now=NOW)
    compared = 0
    for key in ("this_month", "last_month", "last_12_months", "all"):
        for channel in (None, "text", "session"):
            where = Scope(period_for(key, NOW.date()), channel).conditions()
            by_receipt = briefing._managed(where, by_receipt=True)
            assert by_receipt == briefing._managed(where), (key, channel)
            compared += sum(row.long_term_review + row.unfeasible for row in by_receipt[0])
    assert compared > 0  # long-term and unfeasible cases were there to compare
    assert briefing._short(period_for("this_month", NOW.date()))
    assert not briefing._short(period_for("all", NOW.date()))
