"""Schema step 13: the period figures' counts per month of receipt, kept by triggers
(store/month_figures.py).

- `case_referral_waiting`: the referrals still waiting for the agency, by reminder date (a partial
  index: the briefing reads the late ones without a case row).
- `case_month_figures`: per month, channel, category, department, official, status and
  classification, how many cases and how many of them were replied to, told the result, kept the
  promise or the statutory period, still owe a monthly update, were resolved within 24 hours. Counted
  here from the cases there are in one grouped pass, then kept by triggers on "case".
"""

from __future__ import annotations

import peewee

from civicdesk_gui.store import month_figures
from civicdesk_gui.store.models import CaseMonthFigures


def up(db: peewee.Database, migrator: object) -> None:
    with CaseMonthFigures.bind_ctx(db):
        db.create_tables([CaseMonthFigures])
    month_figures.create_month_figure_support(db)
