"""SIGKILL during a letter batch and during a schema upgrade, a few runs each (tests/stress/kill_runs.py
does 50 of each): afterwards the database is sound, every issued letter has its stored bytes, every
file under a final name is whole, and a re-run completes the work once (tests/kill_checks.py)."""

from __future__ import annotations

import random

import pytest

from tests.kill_checks import kill_letter_batch, kill_upgrade, letter_database, old_database

RUNS = 3
CASES = 20


@pytest.fixture(scope="module")
def letters_template(tmp_path_factory):
    return letter_database(tmp_path_factory.mktemp("kill-letters") / "office.db", CASES)


@pytest.fixture(scope="module")
def upgrade_template(tmp_path_factory):
    return old_database(tmp_path_factory.mktemp("kill-upgrade") / "office.db", 300)


@pytest.mark.parametrize("run", range(RUNS))
def test_a_letter_batch_killed_midway_loses_nothing(letters_template, tmp_path, run):
    result = kill_letter_batch(letters_template, tmp_path / "run", random.Random(run), cases=CASES)
    assert not result.problems, "\n".join(result.problems)
    assert result.letters == CASES and result.files == CASES


def test_a_letter_batch_rendering_in_workers_killed_midway_loses_nothing_and_leaves_no_worker(
    letters_template, tmp_path
):
    # Two rendering workers (documents/letters/render_pool.py): the kill of the batch's process takes
    # them with it, and the letters are as whole as without workers.
    result = kill_letter_batch(letters_template, tmp_path / "run", random.Random(7), cases=CASES, workers=2)
    assert not result.problems, "\n".join(result.problems)
    assert result.letters == CASES and result.files == CASES


@pytest.mark.parametrize("run", range(RUNS))
def test_an_upgrade_killed_midway_is_applied_once_by_the_next_start(upgrade_template, tmp_path, run):
    result = kill_upgrade(upgrade_template, tmp_path / "run", random.Random(100 + run))
    assert not result.problems, "\n".join(result.problems)
