"""The transition table of DOMAIN.md §3, every pair of states, legal and illegal."""

from __future__ import annotations

import itertools

import pytest

from civicdesk_gui.domain import workflow
from civicdesk_gui.domain.vocabulary import CLASSIFICATIONS
from civicdesk_gui.errors import TransitionError, ValidationError

STATES = ["received", "routed", "in_review", *CLASSIFICATIONS, "withdrawn"]
PAIRS = list(itertools.product(STATES, STATES))
LEGAL = [(a, b) for a, b in PAIRS if b in workflow.TRANSITIONS.get(a, ())]
ILLEGAL = [(a, b) for a, b in PAIRS if b not in workflow.TRANSITIONS.get(a, ())]


def test_the_table_names_only_known_states():
    assert set(workflow.TRANSITIONS) <= set(STATES)
    for targets in workflow.TRANSITIONS.values():
        assert targets <= set(STATES)
    # Every state can be left (closed cases through reopen) but a withdrawn case, and both lists are
    # not empty.
    assert {a for a, _ in LEGAL} == set(STATES) - {"withdrawn"}
    assert len(LEGAL) > 20 and len(ILLEGAL) > 20


@pytest.mark.parametrize(("current", "target"), LEGAL)
def test_legal_transition_is_allowed(current, target):
    workflow.check_transition(current, target)
    assert target in workflow.allowed_targets(current)


@pytest.mark.parametrize(("current", "target"), ILLEGAL)
def test_illegal_transition_raises_a_clear_error(current, target):
    with pytest.raises(TransitionError) as caught:
        workflow.check_transition(current, target)
    message = str(caught.value)
    assert workflow.state_label(current, "en") in message
    assert workflow.state_label(target, "en") in message
    assert caught.value.field == "status"


def test_domain_rules_of_the_table():
    # Gratitude may be acknowledged straight from intake; nothing is classified before review otherwise.
    assert workflow.TRANSITIONS["received"] == {"routed", "acknowledged", "withdrawn"}
    # Closed cases only come back to review (reopen), or are withdrawn as entered by mistake.
    for closed in ("resolved", "unfeasible", "acknowledged"):
        assert workflow.TRANSITIONS[closed] == {"in_review", "withdrawn"}
    # Any case may be withdrawn; a withdrawn case stays withdrawn, its history kept.
    assert all(
        "withdrawn" in targets for state, targets in workflow.TRANSITIONS.items() if state != "withdrawn"
    )
    assert workflow.TRANSITIONS["withdrawn"] == frozenset()
    assert not workflow.is_open("withdrawn", None)
    # From review, every outcome is reachable.
    assert set(CLASSIFICATIONS) <= workflow.TRANSITIONS["in_review"]


@pytest.mark.parametrize("state", STATES)
def test_stored_pair_round_trips(state):
    pair = workflow.stored_pair(state)
    assert workflow.state_of(pair.status, pair.classification) == state
    assert (pair.status == "classified") == (state in CLASSIFICATIONS)


def test_open_and_closed_outcomes():
    assert workflow.is_open("in_review", None)
    assert workflow.is_open("classified", "in_progress")
    assert workflow.is_open("classified", "referred")
    assert not workflow.is_open("classified", "long_term_review")
    assert not workflow.is_open("classified", "resolved")
    assert workflow.is_closed("unfeasible") and not workflow.is_closed("long_term_review")


@pytest.mark.parametrize("classification", sorted(workflow.REASON_REQUIRED))
def test_management_list_outcomes_need_reason_code_and_text(classification):
    with pytest.raises(ValidationError) as caught:
        workflow.validate_classification(
            classification=classification, reason_code=None, reason_text="", agency_id=None
        )
    assert caught.value.field == "reason_code"
    with pytest.raises(ValidationError) as caught:
        workflow.validate_classification(
            classification=classification, reason_code="large_budget", reason_text="  ", agency_id=None
        )
    assert caught.value.field == "reason_text"
    with pytest.raises(ValidationError):
        workflow.validate_classification(
            classification=classification, reason_code="made_up", reason_text="x", agency_id=None
        )
    workflow.validate_classification(
        classification=classification, reason_code="large_budget", reason_text="예산 과다", agency_id=None
    )


def test_referral_needs_an_agency_and_unknown_outcomes_are_refused():
    with pytest.raises(ValidationError) as caught:
        workflow.validate_classification(
            classification="referred", reason_code=None, reason_text="", agency_id=None
        )
    assert caught.value.field == "agency"
    workflow.validate_classification(classification="referred", reason_code=None, reason_text="", agency_id=3)
    with pytest.raises(ValidationError):
        workflow.validate_classification(
            classification="done", reason_code=None, reason_text="", agency_id=None
        )
