"""Prepared statements (store/prepared.py): a whole model row read through one is the instance
Peewee's own raw query makes of it — every field converted, nothing dirty — on its first run and on
every later run, which reuse the cursor wrapper set up by the first. Both back ends."""

from __future__ import annotations

from civicdesk_gui.store import prepared
from civicdesk_gui.store.models import Case
from tests.letter_helpers import make_letter_case


def _case_query(case_id):
    return Case.select().where(Case.id == case_id)


def test_a_model_row_read_again_is_peewees_own_instance(actor):
    ids = [make_letter_case(actor, name=name) for name in ("김영희", "이철수", "박서연")]
    for case_id in [*ids, ids[0], 987654]:
        found = prepared.first_model("test_case_row", _case_query, case_id)
        own = Case.get_or_none(Case.id == case_id)
        if own is None:
            assert found is None
            continue
        assert type(found) is Case and found.__data__ == own.__data__
        assert not found._dirty and found.id == case_id
        assert found.received_at == own.received_at and found.submitter_name == own.submitter_name
        assert found.department_id == own.department_id and found.department.code == own.department.code
        found.summary = "바뀐 요약"  # a field set afterwards is dirty, as on Peewee's own instance
        own.summary = "바뀐 요약"
        assert found._dirty == own._dirty == {"summary"}
    Case.update(summary="바뀐 요약", version=Case.version + 1).where(Case.id == ids[1]).execute()
    again = prepared.first_model("test_case_row", _case_query, ids[1])
    assert again.summary == "바뀐 요약" and again.version == Case.get_by_id(ids[1]).version
