"""Named counters behind public numbers: sequential, per name, never reused after a rollback-free draw."""

from __future__ import annotations

import pytest

from civicdesk_gui.store.database import database_proxy
from civicdesk_gui.store.sequences import next_value, peek_value


def test_counters_are_sequential_and_independent(any_db):
    assert peek_value("case:2026") == 0
    assert [next_value("case:2026") for _ in range(3)] == [1, 2, 3]
    assert next_value("case:2027") == 1
    assert peek_value("case:2026") == 3


def test_a_rolled_back_draw_gives_the_number_back(any_db):
    # Gap-free: a number is only spent when the transaction that drew it commits.
    next_value("case:2026")
    with pytest.raises(RuntimeError), database_proxy.atomic():
        assert next_value("case:2026") == 2
        raise RuntimeError("intake failed")
    assert next_value("case:2026") == 2
