"""Numbered schema upgrades.

Version 1 is the schema of the first release, frozen in tests/store/fixtures/ (a SQLite file and a
PostgreSQL script). Each later step `N` upgrades a database at version N-1 to N.

Every schema change from now on is made twice, in one commit:

1. a step module here, `step_NNNN_<what>.py` (e.g. `step_0002_case_survey_score.py`), with
   `up(db, migrator)` doing the change on both back ends (peewee's `migrator` or plain SQL), listed in
   STEPS below explicitly (no globbing, so a frozen build finds them);
2. the same change in the models (store/models.py, store/letter_models.py) or in the code that
   create_schema() runs (store/search.py, store/list_indexes.py, store/reference.py), because a new
   database is created from those and jumps straight to the latest version.

Version 1 itself is never edited, and neither are earlier steps once released. The frozen fixtures
keep the two paths honest: tests/store/test_schema_upgrade.py upgrades version 1 by every step and
requires the result to equal a fresh database: tables, columns (type, nullability, default), indexes
(columns, uniqueness, expressions, conditions), triggers and their functions, and the version. A step
without the model change, or a model change without a step, fails that test with a list of what differs.

ensure_schema() copies a SQLite file before the first step and runs each step in its own transaction
with the version row, so a failing step leaves the database at the previous version.
"""

from __future__ import annotations

from collections.abc import Callable

import peewee

from civicdesk_gui.store.migrations import (
    step_0002_import_batches,
    step_0003_letter_files,
    step_0004_team_mode,
    step_0005_surveys_and_figure_indexes,
    step_0006_open311_exchange,
    step_0007_petition_kinds,
    step_0008_outbox_and_places,
    step_0009_reference_english_names,
    step_0010_case_tallies,
    step_0011_case_anonymised,
    step_0012_rule_labels_en_and_official_fax,
    step_0013_month_figures,
    step_0014_tallies_by_statement,
    step_0015_list_page_indexes,
    step_0016_month_figures_by_statement,
    step_0017_history_by_case_and_actor,
    step_0018_update_running_with_status,
)

Step = Callable[[peewee.Database, object], None]


# version reached -> function that reaches it (step_NNNN_<what>.up); add new steps at the end.
STEPS: dict[int, Step] = {
    2: step_0002_import_batches.up,
    3: step_0003_letter_files.up,
    4: step_0004_team_mode.up,
    5: step_0005_surveys_and_figure_indexes.up,
    6: step_0006_open311_exchange.up,
    7: step_0007_petition_kinds.up,
    8: step_0008_outbox_and_places.up,
    9: step_0009_reference_english_names.up,
    10: step_0010_case_tallies.up,
    11: step_0011_case_anonymised.up,
    12: step_0012_rule_labels_en_and_official_fax.up,
    13: step_0013_month_figures.up,
    14: step_0014_tallies_by_statement.up,
    15: step_0015_list_page_indexes.up,
    16: step_0016_month_figures_by_statement.up,
    17: step_0017_history_by_case_and_actor.up,
    18: step_0018_update_running_with_status.up,
}
