"""What an import asks of the cases already there (queries/imports.py): the same answers on both back
ends, and on PostgreSQL a plan that looks each value up in its b-tree even before the table has
statistics (right after a large load, before autovacuum has analysed it)."""

from __future__ import annotations

import pytest

from civicdesk_gui.actions.actor import ensure_user
from civicdesk_gui.actions.case_import import import_sms_file
from civicdesk_gui.queries.imports import (
    case_ids_by_number,
    existing_import_keys,
    lookup_sql,
    numbers_without_external_id,
)
from civicdesk_gui.store.database import database_proxy
from civicdesk_gui.store.models import Case


def _export(path, rows: int) -> None:
    lines = ["수신일시,발신번호,성명,내용,읍면동"]
    for i in range(rows):
        day, minute = divmod(i, 600)
        lines.append(
            f"2026-{1 + day // 28 % 12:02d}-{1 + day % 28:02d} {8 + minute // 60:02d}:{minute % 60:02d},"
            f"010-{5000 + i // 10000:04d}-{i % 10000:04d},주민{i},가로등이 꺼져 있습니다 (문자 {i}번),운정1동"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_lookups_answer_for_the_values_that_exist_only(actor, tmp_path):
    export = tmp_path / "export.csv"
    _export(export, 40)
    import_sms_file(export, actor=actor)
    cases = list(Case.select(Case.id, Case.number, Case.import_key).order_by(Case.id))
    numbers = [c.number for c in cases]
    # Asked twice, with unknown values among them, over more than one chunk's worth of values.
    asked = [*numbers, *numbers, "2099-999999", *(f"없는-{i}" for i in range(600))]
    assert case_ids_by_number(asked) == {c.number: c.id for c in cases}
    assert existing_import_keys([cases[3].import_key, "no-such-key"]) == {cases[3].import_key}
    Case.update(external_id="EXT-1").where(Case.id == cases[0].id).execute()
    assert numbers_without_external_id(numbers[:5] + ["없음"]) == set(numbers[1:5])


@pytest.mark.postgres
def test_case_numbers_are_looked_up_in_their_b_tree_before_any_statistics(pg_db, tmp_path):
    db = database_proxy.obj
    # No statistics, whenever autovacuum would come by: as right after a large load.
    db.execute_sql('ALTER TABLE "case" SET (autovacuum_enabled = false)')
    export = tmp_path / "export.csv"
    _export(export, 3000)
    import_sms_file(export, actor=ensure_user("nightly", display_name="야간 작업"))
    never_analysed = db.execute_sql(
        "SELECT last_analyze IS NULL AND last_autoanalyze IS NULL FROM pg_stat_user_tables WHERE relname = 'case'"
    ).fetchone()[0]
    assert never_analysed
    numbers = [n for (n,) in db.execute_sql('SELECT "number" FROM "case" ORDER BY id LIMIT 500').fetchall()]
    # On a table this small reading it whole is cheapest; what matters is which index is taken when
    # one is (at a million cases). Written as IN (...), the trigram index was.
    db.execute_sql("SET enable_seqscan = off")
    plan = "\n".join(
        row[0] for row in db.execute_sql("EXPLAIN " + lookup_sql("number", '"number", "id"', 500), [numbers])
    )
    assert "trgm" not in plan, plan
    assert "case_number" in plan, plan  # the number's unique b-tree
