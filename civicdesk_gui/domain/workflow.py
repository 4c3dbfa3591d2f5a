"""The path of a case (DOMAIN.md §3) as one transition table.

A case's *state* is its status until it is classified, then its classification. Every action that
moves a case asks `check_transition`; anything not in TRANSITIONS is refused with a clear error.
"""

from __future__ import annotations

from dataclasses import dataclass

from civicdesk_gui.domain.vocabulary import CLASSIFICATIONS, REASON_CODES, STATUSES, label
from civicdesk_gui.errors import TransitionError, ValidationError

OUTCOMES = tuple(CLASSIFICATIONS)
# Outcomes that end the office's work; the others stay open or on the management list.
CLOSED_OUTCOMES = frozenset({"resolved", "acknowledged", "unfeasible"})
# Long-term review and unfeasible stay on the management list with a next-review date, and their
# reasons go to the resident in a letter signed by the mayor.
MANAGEMENT_LIST_OUTCOMES = frozenset({"long_term_review", "unfeasible"})
# Outcomes under which the case stays open and owes the resident a monthly update (DOMAIN.md §1).
OPEN_OUTCOMES = frozenset({"in_progress", "referred"})
REASON_REQUIRED = MANAGEMENT_LIST_OUTCOMES
MAX_TEXT_LENGTH = 10_000

_REVIEW_OUTCOMES = frozenset(OUTCOMES)
# A case entered by mistake (a test message, a duplicate import) is withdrawn, never deleted: it keeps
# its number and history, and leaves the working views and the figures. There is no way back.
WITHDRAWN = "withdrawn"

# state -> states it may move to (and every state may be withdrawn: see below)
_TRANSITIONS: dict[str, frozenset[str]] = {
    # Gratitude needs no department: it may be acknowledged straight from intake.
    "received": frozenset({"routed", "acknowledged"}),
    "routed": frozenset({"routed", "in_review", "acknowledged"}),
    "in_review": _REVIEW_OUTCOMES | {"routed"},
    "in_progress": frozenset({"resolved", "long_term_review", "unfeasible", "referred", "in_review"}),
    "long_term_review": frozenset({"in_progress", "resolved", "unfeasible", "in_review"}),
    "referred": frozenset({"resolved", "in_review"}),
    # Closed cases come back only through reopen, to review.
    "resolved": frozenset({"in_review"}),
    "unfeasible": frozenset({"in_review"}),
    "acknowledged": frozenset({"in_review"}),
}
TRANSITIONS: dict[str, frozenset[str]] = {
    **{state: targets | {WITHDRAWN} for state, targets in _TRANSITIONS.items()},
    WITHDRAWN: frozenset(),
}


def state_of(status: str, classification: str | None) -> str:
    return classification if status == "classified" and classification else status


def state_label(state: str, language: str = "ko") -> str:
    return (
        label(CLASSIFICATIONS, state, language)
        if state in CLASSIFICATIONS
        else label(STATUSES, state, language)
    )


def check_transition(current: str, target: str) -> None:
    allowed = TRANSITIONS.get(current, frozenset())
    if target not in allowed:
        if not allowed:
            raise TransitionError(
                "case.transition_none", {"current": current, "target": target}, field="status"
            )
        raise TransitionError(
            "case.transition",
            {"current": current, "target": target, "allowed": sorted(allowed)},
            field="status",
        )


def allowed_targets(current: str) -> frozenset[str]:
    return TRANSITIONS.get(current, frozenset())


# Only encouragement and thanks are acknowledged without review (they need no department's action).
ACKNOWLEDGED_CATEGORIES = frozenset({"gratitude"})


def possible_outcomes(current: str, category: str | None) -> list[str]:
    """The outcomes a case can be classified as now, in CLASSIFICATIONS order: the transition table's,
    less "acknowledged" for a case categorised as anything but thanks (a complaint is reviewed, not
    acknowledged; an uncategorised message may still turn out to be thanks)."""
    targets = allowed_targets(current)
    return [
        code
        for code in CLASSIFICATIONS
        if code in targets
        and (code != "acknowledged" or category is None or category in ACKNOWLEDGED_CATEGORIES)
    ]


def missing_before_review(current: str, category: str | None) -> str | None:
    """What must happen before a case can be classified, when nothing can be yet: "route" (no
    department) or "assign" (routed: an official must be assigned, which starts the review)."""
    if possible_outcomes(current, category):
        return None
    if current == "received":
        return "route"
    if current == "routed":
        return "assign"
    return None


@dataclass(frozen=True)
class StatePair:
    status: str
    classification: str | None


def stored_pair(state: str) -> StatePair:
    """How a state is stored: (status, classification)."""
    if state in CLASSIFICATIONS:
        return StatePair("classified", state)
    return StatePair(state, None)


def validate_classification(
    *, classification: str, reason_code: str | None, reason_text: str, agency_id: int | None
) -> None:
    if classification not in CLASSIFICATIONS:
        raise ValidationError(
            "case.unknown_classification", {"classification": classification}, field="classification"
        )
    if classification in REASON_REQUIRED:
        if not reason_code:
            raise ValidationError(
                "case.reason_code_needed", {"classification": classification}, field="reason_code"
            )
        if reason_code not in REASON_CODES:
            raise ValidationError(
                "case.unknown_reason_code", {"reason_code": reason_code}, field="reason_code"
            )
        if not reason_text.strip():
            raise ValidationError(
                "case.reason_text_needed", {"classification": classification}, field="reason_text"
            )
    elif reason_code is not None and reason_code not in REASON_CODES:
        raise ValidationError("case.unknown_reason_code", {"reason_code": reason_code}, field="reason_code")
    if classification == "referred" and agency_id is None:
        raise ValidationError("case.agency_needed", field="agency")


def is_open(status: str, classification: str | None) -> bool:
    """Open cases owe the resident a monthly progress update (DOMAIN.md §1)."""
    if status == WITHDRAWN:
        return False
    return classification is None or classification in OPEN_OUTCOMES


def is_closed(classification: str | None) -> bool:
    return classification in CLOSED_OUTCOMES
