"""Every message a CivicDeskError can carry, by code: an English template and what fills it.

Code below the UI raises `ValidationError("case.text_too_long", {"length": 12_001, "limit": 10_000})`;
`str()` of the error is the English sentence (the CLI prints it, logs keep it), and the GUI shows the
same template translated (context "Errors", collected by lupdate through QT_TRANSLATE_NOOP) and
filled with the values in the desk's language (DESIGN.md §1).

A value is plain data (text, a number), a code of the office's vocabulary (a state, a classification:
`terms` says which, and its label is shown), a list of either, or a nested `Phrase` (a message of its
own, e.g. each clash of a session slot). Numbers take their format in the template: `{length:,}`.
No Qt here: the domain, the store and the CLI import this.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from civicdesk_gui.translatable import QT_TRANSLATE_NOOP

CONTEXT = "Errors"


@dataclass(frozen=True)
class Message:
    text: str  # English template, marked for translation
    terms: Mapping[str, str] = field(default_factory=dict)  # value name -> vocabulary its codes come from


@dataclass(frozen=True)
class Phrase:
    """A message as data: a catalog code and its values (a value of another message, or a clash)."""

    code: str
    values: Mapping[str, Any] = field(default_factory=dict, hash=False)

    def __str__(self) -> str:
        return english(self.code, self.values)


def _m(text: str, **terms: str) -> Message:
    return Message(text, terms)


MESSAGES: dict[str, Message] = {
    # ------------------------------------------------------------------ cases
    "case.not_found": _m(QT_TRANSLATE_NOOP("Errors", "No case with id {id}")),
    "retention.bad_years": _m(
        QT_TRANSLATE_NOOP(
            "Errors", "Personal data is kept between {low} and {high} years after a case closes, not {value}"
        )
    ),
    "case.number_unknown": _m(QT_TRANSLATE_NOOP("Errors", "No case numbered {number}")),
    "case.gone": _m(QT_TRANSLATE_NOOP("Errors", "Case {id} no longer exists")),
    "case.changed": _m(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Case {number} was changed by {who} at {when} after you opened it; nothing was saved. "
            "Reload the case to see the change, then apply yours again.",
        )
    ),
    "case.text_empty": _m(QT_TRANSLATE_NOOP("Errors", "The case text is empty")),
    "case.text_too_long": _m(
        QT_TRANSLATE_NOOP("Errors", "The case text has {length:,} characters; at most {limit:,} are allowed")
    ),
    "case.transition": _m(
        QT_TRANSLATE_NOOP(
            "Errors", "A case that is '{current}' cannot become '{target}' (allowed: {allowed})"
        ),
        current="case_state",
        target="case_state",
        allowed="case_state",
    ),
    "case.transition_none": _m(
        QT_TRANSLATE_NOOP("Errors", "A case that is '{current}' cannot become '{target}' (allowed: none)"),
        current="case_state",
        target="case_state",
    ),
    "case.unknown_classification": _m(
        QT_TRANSLATE_NOOP("Errors", "Unknown classification '{classification}'")
    ),
    "case.reason_code_needed": _m(
        QT_TRANSLATE_NOOP("Errors", "A '{classification}' case needs a reason code"),
        classification="classification",
    ),
    "case.unknown_reason_code": _m(QT_TRANSLATE_NOOP("Errors", "Unknown reason code '{reason_code}'")),
    "case.reason_text_needed": _m(
        QT_TRANSLATE_NOOP("Errors", "A '{classification}' case needs the reasons in words"),
        classification="classification",
    ),
    "case.agency_needed": _m(QT_TRANSLATE_NOOP("Errors", "A referred case needs the agency it goes to")),
    "case.department_needed_for_official": _m(
        QT_TRANSLATE_NOOP("Errors", "Route the case to a department before assigning an official")
    ),
    "case.official_elsewhere": _m(
        QT_TRANSLATE_NOOP("Errors", "{official} works in {official_department}, not in {department}")
    ),
    "case.note_empty": _m(QT_TRANSLATE_NOOP("Errors", "The note is empty")),
    "case.progress_empty": _m(QT_TRANSLATE_NOOP("Errors", "The progress update is empty")),
    "case.unknown_reply_method": _m(QT_TRANSLATE_NOOP("Errors", "Unknown reply method '{method}'")),
    "case.reply_empty": _m(QT_TRANSLATE_NOOP("Errors", "The reply is empty")),
    "case.unknown_reply_purpose": _m(QT_TRANSLATE_NOOP("Errors", "Unknown reply purpose: {purpose}")),
    "case.unknown_petition_kind": _m(QT_TRANSLATE_NOOP("Errors", "Unknown kind of petition: {kind}")),
    "case.reopen_reason_needed": _m(QT_TRANSLATE_NOOP("Errors", "Say why the case is reopened")),
    "case.reopen_without_outcome": _m(
        QT_TRANSLATE_NOOP(
            "Errors", "Case {number} has no outcome yet ({state}); only a classified case can be reopened"
        ),
        state="case_state",
    ),
    "case.next_review_not_listed": _m(
        QT_TRANSLATE_NOOP("Errors", "Only long-term review and unfeasible cases have a next review date")
    ),
    "case.duplicate_of_itself": _m(QT_TRANSLATE_NOOP("Errors", "A case cannot duplicate itself")),
    "case.field_too_long": _m(
        QT_TRANSLATE_NOOP("Errors", "The {field} has {length:,} characters; at most {limit:,} are allowed"),
        field="case_field",
    ),
    "case.nul_character": _m(
        QT_TRANSLATE_NOOP("Errors", "The {field} contains a NUL character (a damaged file or paste)"),
        field="case_field",
    ),
    "case.received_out_of_range": _m(
        QT_TRANSLATE_NOOP(
            "Errors", "Received {received_at}: a case is received between {earliest} and {latest}"
        )
    ),
    "record.unknown": _m(QT_TRANSLATE_NOOP("Errors", "Unknown {record}: '{key}'"), record="record"),
    # ------------------------------------------------------------------ sign-off (결재)
    "signoff.not_found": _m(QT_TRANSLATE_NOOP("Errors", "No draft for sign-off with id {id}")),
    "signoff.unknown_subject": _m(
        QT_TRANSLATE_NOOP("Errors", "Unknown kind of document for sign-off: {subject}")
    ),
    "signoff.unknown_level": _m(QT_TRANSLATE_NOOP("Errors", "Unknown approval level: {level}")),
    "signoff.unknown_user": _m(
        QT_TRANSLATE_NOOP("Errors", "No active user with id {id} for the sign-off line")
    ),
    "signoff.step": _m(
        QT_TRANSLATE_NOOP("Errors", "The sign-off step {step} is not possible: the draft is {state}")
    ),
    "signoff.changed": _m(QT_TRANSLATE_NOOP("Errors", "Draft {id} was changed by someone else: reload it")),
    "signoff.not_reviewer": _m(QT_TRANSLATE_NOOP("Errors", "Draft {id} is for another reviewer")),
    "signoff.not_approver": _m(
        QT_TRANSLATE_NOOP("Errors", "Draft {id} is for another approver: approve it as a deputy (대결)")
    ),
    "signoff.not_drafter": _m(QT_TRANSLATE_NOOP("Errors", "Only the drafter submits draft {id} again")),
    "signoff.review_own_draft": _m(QT_TRANSLATE_NOOP("Errors", "The drafter cannot review their own draft")),
    "signoff.approve_own_draft": _m(
        QT_TRANSLATE_NOOP("Errors", "The drafter cannot approve their own draft")
    ),
    "signoff.deputy_is_approver": _m(
        QT_TRANSLATE_NOOP("Errors", "The designated approver approves in person, not as a deputy")
    ),
    "signoff.comment_needed": _m(QT_TRANSLATE_NOOP("Errors", "Say why the draft is returned")),
    "signoff.reply_needed": _m(
        QT_TRANSLATE_NOOP(
            "Errors",
            "A result reply for case {number} goes out only after sign-off (결재): draft it for sign-off",
        )
    ),
    "signoff.reply_mismatch": _m(
        QT_TRANSLATE_NOOP("Errors", "Draft {id} is not an approved result reply of case {number}")
    ),
    "letter.not_approved": _m(
        QT_TRANSLATE_NOOP(
            "Errors", "The letter for case {number} has not been approved (결재): it cannot be issued"
        )
    ),
    "letter.approval_mismatch": _m(
        QT_TRANSLATE_NOOP("Errors", "Draft {id} is not an approved letter of case {number}")
    ),
    # ------------------------------------------------------------------ statutory notices
    "notice.unknown_kind": _m(QT_TRANSLATE_NOOP("Errors", "Unknown kind of notice: {kind}")),
    "notice.extension_too_long": _m(
        QT_TRANSLATE_NOOP("Errors", "An extension is 1 to {limit} (the original period), not {amount}")
    ),
    "notice.no_more_extensions": _m(QT_TRANSLATE_NOOP("Errors", "The period was already extended twice")),
    "notice.consent_needed": _m(
        QT_TRANSLATE_NOOP("Errors", "A second extension needs the resident's consent: give its date")
    ),
    "notice.case_closed": _m(QT_TRANSLATE_NOOP("Errors", "Case {number} is closed: no notice is due")),
    "notice.progress_needed": _m(
        QT_TRANSLATE_NOOP("Errors", "An interim notice says the progress and the expected completion date")
    ),
    "notice.no_period": _m(QT_TRANSLATE_NOOP("Errors", "Case {number} has no statutory period to extend")),
    "notice.reason_needed": _m(QT_TRANSLATE_NOOP("Errors", "Give the reason for the extension")),
    "notice.not_referred": _m(QT_TRANSLATE_NOOP("Errors", "Case {number} is not referred to another agency")),
    "notice.missing_needed": _m(
        QT_TRANSLATE_NOOP("Errors", "A supplement request says what is missing and by when")
    ),
    "notice.already_paused": _m(QT_TRANSLATE_NOOP("Errors", "Case {number} already awaits a supplement")),
    "notice.not_paused": _m(QT_TRANSLATE_NOOP("Errors", "Case {number} awaits no supplement")),
    "notice.answer_empty": _m(QT_TRANSLATE_NOOP("Errors", "The agency's answer is empty")),
    # ------------------------------------------------------------------ letters
    "letter.not_found": _m(QT_TRANSLATE_NOOP("Errors", "No letter with id {id}")),
    "letter.not_of_case": _m(QT_TRANSLATE_NOOP("Errors", "No letter {letter_id} for case {number}")),
    "letter.unknown_language": _m(QT_TRANSLATE_NOOP("Errors", "Unknown letter language '{language}'")),
    "letter.unknown_kind": _m(QT_TRANSLATE_NOOP("Errors", "Unknown letter kind '{kind}'")),
    "letter.subject_empty": _m(QT_TRANSLATE_NOOP("Errors", "The letter subject (제목) is empty")),
    "letter.text_empty": _m(QT_TRANSLATE_NOOP("Errors", "The letter text is empty")),
    "letter.not_due": _m(
        QT_TRANSLATE_NOOP(
            "Errors", "Case {number} is not classified long-term review or unfeasible: no letter is due"
        )
    ),
    "letter.no_department": _m(
        QT_TRANSLATE_NOOP(
            "Errors", "Case {number} has no department: the register number is <department code>-<serial>"
        )
    ),
    "letter.already_issued": _m(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Case {number} already has letter {register_number}; void it with a reason to issue a corrected one",
        )
    ),
    "letter.correction_reason_needed": _m(
        QT_TRANSLATE_NOOP("Errors", "Say why the letter is corrected (void reason)")
    ),
    "letter.void_reason_needed": _m(QT_TRANSLATE_NOOP("Errors", "Say why the letter is voided")),
    "letter.already_voided": _m(QT_TRANSLATE_NOOP("Errors", "Letter {register_number} was already voided")),
    "letter.stored_bytes_differ": _m(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The stored bytes of letter {register_number} no longer match the SHA-256 recorded when it "
            "was issued: the database may be damaged. Restore a backup; no file was written.",
        )
    ),
    "letter.render_worker_lost": _m(
        QT_TRANSLATE_NOOP(
            "Errors",
            "A process rendering the letters ended unexpectedly (out of memory, or stopped from outside). "
            "The letters issued before it are complete; issue the remaining ones again.",
        )
    ),
    "letter.register_unknown": _m(
        QT_TRANSLATE_NOOP("Errors", "No letter with register number {register_number}")
    ),
    "letter.voided_no_reprint": _m(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Letter {register_number} was voided and is not to be mailed: reprint the letter that replaced it",
        )
    ),
    "letter_template.body_empty": _m(QT_TRANSLATE_NOOP("Errors", "The letter body is empty")),
    "letter_template.unknown_placeholder": _m(
        QT_TRANSLATE_NOOP("Errors", "Unknown placeholder {placeholder} in the {part}"), part="letter_part"
    ),
    "letter_template.unmatched_brace": _m(
        QT_TRANSLATE_NOOP("Errors", "Unmatched brace in the {part}: write a brace twice to keep it as text"),
        part="letter_part",
    ),
    "letter_template.missing": _m(
        QT_TRANSLATE_NOOP("Errors", "No letter template for '{kind}' in '{language}'"), kind="classification"
    ),
    "letter_template.changed": _m(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Someone saved this letter template after you opened it; nothing was saved. "
            "Reload it, then apply your change again.",
        )
    ),
    "certificate.not_found": _m(QT_TRANSLATE_NOOP("Errors", "Certificate file not found: {path}")),
    "certificate.cannot_open": _m(
        QT_TRANSLATE_NOOP(
            "Errors", "Cannot open the certificate {name}: wrong passphrase or not a PKCS#12 file"
        )
    ),
    "reference.unknown_kind": _m(QT_TRANSLATE_NOOP("Errors", "Unknown kind of reference data '{kind}'")),
    "reference.name_empty": _m(QT_TRANSLATE_NOOP("Errors", "The Korean name must not be empty")),
    "reference.name_too_long": _m(QT_TRANSLATE_NOOP("Errors", "A name may have at most {limit} characters")),
    "reference.name_taken": _m(QT_TRANSLATE_NOOP("Errors", "Another entry is already called {name}")),
    "reference.not_found": _m(QT_TRANSLATE_NOOP("Errors", "This entry ({kind} {id}) no longer exists")),
    "rule.not_found": _m(QT_TRANSLATE_NOOP("Errors", "This rule ({id}) no longer exists")),
    "contact.no_official": _m(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Your account is not linked to an official: the administrator links it on Settings › Users",
        )
    ),
    "contact.too_long": _m(
        QT_TRANSLATE_NOOP("Errors", "{field} may have at most {limit} characters"), field="contact_field"
    ),
    "contact.bad_number": _m(
        QT_TRANSLATE_NOOP("Errors", "{field}: digits, spaces, hyphens and parentheses only, not '{value}'"),
        field="contact_field",
    ),
    "contact.bad_email": _m(QT_TRANSLATE_NOOP("Errors", "Not an e-mail address: '{value}'")),
    "rule.kind_duplicate": _m(
        QT_TRANSLATE_NOOP(
            "Errors", "There is already a kind rule for this category and topic: change that one"
        )
    ),
    "rule.deadline_duplicate": _m(
        QT_TRANSLATE_NOOP(
            "Errors",
            "There is already a period rule for this clock, kind of petition, channel and category: change that one",
        )
    ),
    "rule.amount": _m(QT_TRANSLATE_NOOP("Errors", "The period must be a whole number from 1 to {limit}")),
    "rule.unit_unknown": _m(QT_TRANSLATE_NOOP("Errors", "Unknown unit of a period: {unit}")),
    "rule.clock_unknown": _m(QT_TRANSLATE_NOOP("Errors", "Unknown clock: {clock}")),
    "rule.anchor_unknown": _m(QT_TRANSLATE_NOOP("Errors", "Unknown starting point of a period: {anchor}")),
    "rule.label_empty": _m(QT_TRANSLATE_NOOP("Errors", "The rule's Korean label must not be empty")),
    "rule.label_too_long": _m(QT_TRANSLATE_NOOP("Errors", "A label may have at most {limit} characters")),
    "rule.only_one": _m(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This is the only rule for its clock and kind of petition: change its period rather than remove it",
        )
    ),
    "rule.default_kind_rule": _m(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The rule for any category and topic gives every other case its kind: change it rather than remove it",
        )
    ),
    "rule.topic_category": _m(
        QT_TRANSLATE_NOOP(
            "Errors", "The topic {topic} belongs to another category: the rule would never apply"
        )
    ),
    "cli.brief_output": _m(
        QT_TRANSLATE_NOOP("Errors", "--brief needs -o FILE.pdf: where to write the brief")
    ),
    "session.number_unknown": _m(QT_TRANSLATE_NOOP("Errors", "No session numbered {number}")),
    "settings.unknown": _m(QT_TRANSLATE_NOOP("Errors", "Unknown setting '{key}'")),
    "settings.empty": _m(QT_TRANSLATE_NOOP("Errors", "{setting} must not be empty"), setting="setting"),
    "settings.not_png": _m(QT_TRANSLATE_NOOP("Errors", "{setting}: not a PNG image"), setting="setting"),
    "settings.keep_daily_range": _m(
        QT_TRANSLATE_NOOP(
            "Errors", "Keep between {low} and {high} daily backups (not {value}); 0 switches them off"
        )
    ),
    "settings.letter_language": _m(QT_TRANSLATE_NOOP("Errors", "The default letter language is ko or en")),
    # ------------------------------------------------------------------ sessions (이동시장실)
    "session.not_found": _m(QT_TRANSLATE_NOOP("Errors", "No session with id {id}")),
    "session_request.not_found": _m(QT_TRANSLATE_NOOP("Errors", "No session request with id {id}")),
    "session.transition": _m(
        QT_TRANSLATE_NOOP(
            "Errors", "A session that is '{current}' cannot become '{target}'; allowed next: {allowed}"
        ),
        current="session_state",
        target="session_state",
        allowed="session_state",
    ),
    "session.transition_final": _m(
        QT_TRANSLATE_NOOP("Errors", "A session that is '{current}' cannot become '{target}': it is final"),
        current="session_state",
        target="session_state",
    ),
    "session_request.transition": _m(
        QT_TRANSLATE_NOOP(
            "Errors",
            "A session request that is '{current}' cannot become '{target}'; allowed next: {allowed}",
        ),
        current="request_state",
        target="request_state",
        allowed="request_state",
    ),
    "session_request.transition_final": _m(
        QT_TRANSLATE_NOOP(
            "Errors", "A session request that is '{current}' cannot become '{target}': it is final"
        ),
        current="request_state",
        target="request_state",
    ),
    "session.reason_needed": _m(
        QT_TRANSLATE_NOOP("Errors", "Give a reason when a session is '{state}'"), state="session_state"
    ),
    "session_request.reason_needed": _m(
        QT_TRANSLATE_NOOP("Errors", "Give a reason when a session request is '{state}'"),
        state="request_state",
    ),
    "session.unknown_unit_type": _m(
        QT_TRANSLATE_NOOP("Errors", "Unknown communication unit type '{unit_type}'")
    ),
    "session.subgroup_mismatch": _m(
        QT_TRANSLATE_NOOP("Errors", "Sub-group '{subgroup}' does not belong to unit type '{unit_type}'"),
        subgroup="unit_subgroup",
        unit_type="unit_type",
    ),
    "session.ends_before_start": _m(QT_TRANSLATE_NOOP("Errors", "The session must end after it starts")),
    "session.too_long": _m(QT_TRANSLATE_NOOP("Errors", "A session lasts at most {hours} hours")),
    "session.unit_needed": _m(QT_TRANSLATE_NOOP("Errors", "Choose the communication unit")),
    "session.unknown_fields": _m(QT_TRANSLATE_NOOP("Errors", "Unknown session fields: {fields}")),
    "session.not_movable": _m(
        QT_TRANSLATE_NOOP("Errors", "Session {number} is '{state}'; only a scheduled session can be moved"),
        state="session_state",
    ),
    "session.attendees_needed": _m(QT_TRANSLATE_NOOP("Errors", "Give the number of attendees (0 or more)")),
    "session.held_too_early": _m(
        QT_TRANSLATE_NOOP(
            "Errors", "Session {number} starts {starts_at}; it cannot be recorded as held before then"
        )
    ),
    "session.changed": _m(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Session {number} was changed by {who} at {when} after you opened it; nothing was saved. "
            "Reload it to see the change, then apply yours again.",
        )
    ),
    "session_request.changed": _m(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The request from {requested_by} was changed by someone else after you opened it; "
            "nothing was saved. Reload it and try again.",
        )
    ),
    "session_request.requester_needed": _m(QT_TRANSLATE_NOOP("Errors", "Say who asked for the session")),
    "session_request.negative_attendance": _m(
        QT_TRANSLATE_NOOP("Errors", "Expected attendance cannot be negative")
    ),
    "session_request.cancel_the_session": _m(
        QT_TRANSLATE_NOOP("Errors", "Cancel the scheduled session instead; its request follows it")
    ),
    "session.conflicts": _m(
        QT_TRANSLATE_NOOP("Errors", "The slot clashes with the mayor's diary: {conflicts}")
    ),
    "session.conflict.overlap": _m(QT_TRANSLATE_NOOP("Errors", "Overlaps {other} ({starts}–{ends})")),
    "session.conflict.travel": _m(
        QT_TRANSLATE_NOOP("Errors", "Only {minutes} min to travel to or from {other}; {needed} min needed")
    ),
    "session.conflict.holiday": _m(QT_TRANSLATE_NOOP("Errors", "{day} is a public holiday ({holiday})")),
    "session.another": _m(QT_TRANSLATE_NOOP("Errors", "another session")),
    "suggestions.none": _m(
        QT_TRANSLATE_NOOP("Errors", "There is no suggestion to save: type at least one row")
    ),
    "suggestions.row_without_text": _m(
        QT_TRANSLATE_NOOP("Errors", "Row {row} ({name}) has no suggestion text")
    ),
    "suggestions.session_not_held": _m(
        QT_TRANSLATE_NOOP(
            "Errors", "Session {number} is '{state}'; suggestions are recorded on a held session"
        ),
        state="session_state",
    ),
    "ics.not_calendar": _m(QT_TRANSLATE_NOOP("Errors", "Not an iCalendar file: {reason}")),
    "ics.event_without_uid": _m(
        QT_TRANSLATE_NOOP("Errors", "Event {index} has no UID; it cannot be matched to a session")
    ),
    "ics.event_without_start": _m(QT_TRANSLATE_NOOP("Errors", "Event {index} ({uid}) has no start time")),
    # ------------------------------------------------------------------ Open311 exchange
    "open311.not_utf8": _m(
        QT_TRANSLATE_NOOP("Errors", "{file} is not UTF-8 text (byte {offset}); Open311 files are UTF-8")
    ),
    "open311.invalid_json": _m(
        QT_TRANSLATE_NOOP("Errors", "{file} is not valid JSON: line {line}, column {column}: {reason}")
    ),
    "open311.leading_zero": _m(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{file} is not valid JSON: line {line}, column {column}: a number cannot start with 0 "
            '(write codes such as 006 in quotes: "006")',
        )
    ),
    "open311.too_deep": _m(QT_TRANSLATE_NOOP("Errors", "{file} is nested too deeply to be service requests")),
    "open311.not_requests": _m(
        QT_TRANSLATE_NOOP(
            "Errors", "{file} holds no list of service requests (expected a JSON array of requests)"
        )
    ),
    "open311.unknown_category": _m(QT_TRANSLATE_NOOP("Errors", "Unknown category '{category}'")),
    "open311.topic_elsewhere": _m(
        QT_TRANSLATE_NOOP("Errors", "Topic '{topic}' does not belong to category '{category}'")
    ),
    "open311.mapping_needs_category": _m(
        QT_TRANSLATE_NOOP("Errors", "Service code '{code}' needs a category")
    ),
    "open311.code_empty": _m(QT_TRANSLATE_NOOP("Errors", "The service code is empty")),
    "ics.event_unterminated": _m(
        QT_TRANSLATE_NOOP("Errors", "Event {index} ({uid}) has no END:VEVENT; it was not read")
    ),
    "ics.event_unreadable": _m(
        QT_TRANSLATE_NOOP("Errors", "Event {index} ({uid}): {property} cannot be read ({reason})")
    ),
    "ics.event_unknown_timezone": _m(
        QT_TRANSLATE_NOOP("Errors", "Event {index} ({uid}): unknown time zone '{tzid}'")
    ),
    "ics.event_out_of_range": _m(
        QT_TRANSLATE_NOOP(
            "Errors", "Event {index} ({uid}) starts {value}; sessions are between {earliest} and {latest}"
        )
    ),
    "ics.event_ends_before_start": _m(
        QT_TRANSLATE_NOOP("Errors", "Event {index} ({uid}) ends before it starts")
    ),
    "ics.event_uid_too_long": _m(
        QT_TRANSLATE_NOOP("Errors", "Event {index} has a UID of {length:,} characters (at most {limit:,})")
    ),
    "ics.event_field_too_long": _m(
        QT_TRANSLATE_NOOP(
            "Errors", "Event {index} ({uid}): {property} has {length:,} characters (at most {limit:,})"
        )
    ),
    "ics.event_nul": _m(
        QT_TRANSLATE_NOOP("Errors", "Event {index} ({uid}) contains a NUL character (damaged data)")
    ),
    "ics.event_duplicate_uid": _m(
        QT_TRANSLATE_NOOP("Errors", "Event {index} repeats UID {uid}, already read in this file")
    ),
    "ics.event_refused": _m(QT_TRANSLATE_NOOP("Errors", "Event {index} ({uid}) refused: {reason}")),
    "ics.event_not_stored": _m(
        QT_TRANSLATE_NOOP("Errors", "Event {index} ({uid}): the database refused it: {reason}")
    ),
    "ics.skipped_cancelled_unknown": _m(
        QT_TRANSLATE_NOOP("Errors", "{uid}: cancelled in the calendar and unknown here")
    ),
    "ics.skipped_history_kept": _m(
        QT_TRANSLATE_NOOP("Errors", "{number}: {state}, its time is history and was kept"),
        state="session_state",
    ),
    # ------------------------------------------------------------------ imports (files read in)
    "import.file_not_found": _m(QT_TRANSLATE_NOOP("Errors", "File not found: {path}")),
    "import.not_a_file": _m(
        QT_TRANSLATE_NOOP("Errors", "{path} is not a regular file (a folder, pipe or device); choose a file")
    ),
    "import.cannot_read": _m(QT_TRANSLATE_NOOP("Errors", "Cannot read {path}: {reason}")),
    "import.file_too_big": _m(
        QT_TRANSLATE_NOOP("Errors", "{path} has {size:,} bytes; at most {limit:,} can be imported at once")
    ),
    "import.empty": _m(QT_TRANSLATE_NOOP("Errors", "{file} is empty")),
    "import.binary": _m(
        QT_TRANSLATE_NOOP("Errors", "{file} is not a text file (line {line} holds binary data)")
    ),
    "import.utf16": _m(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{file} is UTF-16 text; save it as CSV UTF-8 (or CP949) and import it again",
        )
    ),
    "import.unknown_encoding": _m(QT_TRANSLATE_NOOP("Errors", "Unknown encoding '{encoding}'")),
    "import.unsupported_encoding": _m(
        QT_TRANSLATE_NOOP("Errors", "Encoding '{encoding}' is not accepted: use UTF-8 or CP949")
    ),
    "import.not_in_encoding": _m(
        QT_TRANSLATE_NOOP("Errors", "Line {line} of {file} is not valid {encoding}; nothing was imported")
    ),
    "import.undecodable": _m(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Line {line} of {file} is neither UTF-8 nor CP949; nothing was imported. "
            "Save the file as CSV UTF-8 and import it again.",
        )
    ),
    "import.mixed_encodings": _m(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{file} mixes encodings: line {line} is {encoding} while line {other_line} is {other_encoding}; "
            "nothing was imported. Save the file as CSV UTF-8 and import it again.",
        )
    ),
    "import.double_encoded": _m(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Line {line} of {file} is UTF-8 encoded twice (it would read as garbled text); nothing was "
            "imported. Export the file again as UTF-8.",
        )
    ),
    "import.bad_mapping_option": _m(
        QT_TRANSLATE_NOOP("Errors", "Bad column mapping '{option}': write FIELD=COLUMN, e.g. 내용=message")
    ),
    "import.unknown_mapping_field": _m(
        QT_TRANSLATE_NOOP("Errors", "Unknown field in mapping '{option}'; fields are: {fields}")
    ),
    "import.no_such_column": _m(
        QT_TRANSLATE_NOOP("Errors", "The file has no column '{column}' (columns: {columns})")
    ),
    "import.columns_missing": _m(
        QT_TRANSLATE_NOOP(
            "Errors",
            "No column for {fields}; the file's columns are: {columns}. "
            "Map them explicitly (e.g. --map 내용=message).",
        )
    ),
    "import.in_progress": _m(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{file} is being imported by {who} since {since}; nothing was imported. Try again when it is done.",
        )
    ),
    # One rejected row of an import: the report lists each with its file and row.
    "import.row_unbalanced_quote": _m(
        QT_TRANSLATE_NOOP(
            "Errors",
            "unbalanced quote: a quoted cell opened here runs on into the next rows, "
            "which were read on their own",
        )
    ),
    "import.row_no_text": _m(QT_TRANSLATE_NOOP("Errors", "no text")),
    "import.row_survey_no_case": _m(QT_TRANSLATE_NOOP("Errors", "no case number")),
    "import.row_survey_bad_date": _m(QT_TRANSLATE_NOOP("Errors", "the survey date '{value}' is not a date")),
    "import.row_survey_no_date": _m(QT_TRANSLATE_NOOP("Errors", "no survey date")),
    "import.row_survey_unknown_case": _m(QT_TRANSLATE_NOOP("Errors", "no case is numbered {number}")),
    "import.row_survey_repeated": _m(
        QT_TRANSLATE_NOOP("Errors", "case {number} was already surveyed in row {row} of this file")
    ),
    "import.row_survey_exists": _m(
        QT_TRANSLATE_NOOP("Errors", "case {number} already has a different survey")
    ),
    "import.row_text_too_long": _m(
        QT_TRANSLATE_NOOP("Errors", "text has {length:,} characters (at most {limit:,})")
    ),
    "import.row_field_too_long": _m(
        QT_TRANSLATE_NOOP("Errors", "{field} has {length:,} characters (at most {limit:,})"),
        field="case_field",
    ),
    "import.row_nul": _m(QT_TRANSLATE_NOOP("Errors", "contains a NUL character (damaged data)")),
    "import.row_no_date": _m(QT_TRANSLATE_NOOP("Errors", "no date")),
    "import.row_bad_date": _m(QT_TRANSLATE_NOOP("Errors", "unparseable date '{value}'")),
    "import.row_date_out_of_range": _m(
        QT_TRANSLATE_NOOP("Errors", "date {value} is not between {earliest} and {latest}")
    ),
    "import.row_extra_cells": _m(
        QT_TRANSLATE_NOOP(
            "Errors", "{cells} cells where the header has {columns} (an unquoted delimiter in a cell?)"
        )
    ),
    "import.row_refused": _m(QT_TRANSLATE_NOOP("Errors", "refused: {reason}")),
    "import.row_not_stored": _m(QT_TRANSLATE_NOOP("Errors", "the database refused it: {reason}")),
    # ------------------------------------------------------------------ people
    "user.another": _m(QT_TRANSLATE_NOOP("Errors", "another user")),
    # ------------------------------------------------------------------ the database
    "database.url_without_path": _m(
        QT_TRANSLATE_NOOP(
            "Errors", "No file path in database URL '{url}' (expected sqlite:///path/to/file.db)"
        )
    ),
    "database.url_bad_port": _m(QT_TRANSLATE_NOOP("Errors", "Bad port in database URL '{url}': {reason}")),
    "database.url_without_name": _m(
        QT_TRANSLATE_NOOP(
            "Errors", "No database name in URL '{url}' (expected postgresql://user@host/dbname)"
        )
    ),
    "database.url_unsupported": _m(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Unsupported database URL '{url}': use sqlite:///path/to/file.db or postgresql://user@host/dbname",
        )
    ),
    "database.file_not_found": _m(QT_TRANSLATE_NOOP("Errors", "Database file not found: {path}")),
    "database.folder_not_found": _m(
        QT_TRANSLATE_NOOP("Errors", "Folder does not exist for database file: {path}")
    ),
    "database.cannot_open": _m(QT_TRANSLATE_NOOP("Errors", "Cannot open database {database}: {reason}")),
    "database.foreign": _m(
        QT_TRANSLATE_NOOP(
            "Errors", "{database} is not a CivicDesk database (it has tables but no schema version)"
        )
    ),
    "database.too_new": _m(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The database {database} has schema version {version}, newer than this CivicDesk understands "
            "({latest}). Install the newer CivicDesk to open it.",
        )
    ),
    "database.upgrade_failed": _m(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Upgrading the database {database} from schema version {version} to {latest} failed ({reason}); "
            "it stays at version {kept}",
        )
    ),
    "database.upgrade_failed_backup": _m(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Upgrading the database {database} from schema version {version} to {latest} failed ({reason}); "
            "it stays at version {kept}; a copy from before the upgrade is at {backup}",
        )
    ),
    # ------------------------------------------------------------------ the reply outbox (회신 발송)
    "outbox.no_phone": _m(
        QT_TRANSLATE_NOOP("Errors", "Case {number} has no mobile number to text; reply by phone or letter")
    ),
    "outbox.text_empty": _m(QT_TRANSLATE_NOOP("Errors", "The message is empty")),
    "outbox.too_long": _m(
        QT_TRANSLATE_NOOP(
            "Errors", "The message is {size:,} bytes; the gateway cuts a message after {limit:,} bytes"
        )
    ),
    "outbox.unknown_purpose": _m(QT_TRANSLATE_NOOP("Errors", "Unknown reply purpose '{purpose}'")),
    "outbox.not_found": _m(QT_TRANSLATE_NOOP("Errors", "No outbox message with id {id}")),
    "outbox.wrong_state": _m(
        QT_TRANSLATE_NOOP("Errors", "Message {reference} is {state}; this cannot be done to it now"),
        state="outbox_state",
    ),
    "outbox.bad_columns": _m(
        QT_TRANSLATE_NOOP(
            "Errors", "Unknown bulk-send column '{column}'; the columns are chosen from: {known}"
        )
    ),
    "outbox.bad_format": _m(QT_TRANSLATE_NOOP("Errors", "Unknown file format '{format}' (csv or xlsx)")),
    "outbox.bad_number": _m(QT_TRANSLATE_NOOP("Errors", "'{number}' is not a phone number")),
    "outbox.bad_encoding": _m(
        QT_TRANSLATE_NOOP("Errors", "Unknown encoding '{encoding}' (cp949 or utf-8-sig)")
    ),
    "outbox.nothing_linked": _m(QT_TRANSLATE_NOOP("Errors", "Case {number} has no resident to tell")),
    "outbox.report_columns_missing": _m(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The delivery report has no column for {fields}; its columns are: {columns}",
        )
    ),
    "import.row_no_reference": _m(QT_TRANSLATE_NOOP("Errors", "no reference number")),
    "import.row_bad_reference": _m(
        QT_TRANSLATE_NOOP("Errors", "'{value}' is not a reference number CivicDesk gave (CD00000123)")
    ),
    "import.row_bad_result": _m(
        QT_TRANSLATE_NOOP("Errors", "the result '{value}' is neither a delivery nor a failure")
    ),
    "import.row_unknown_message": _m(
        QT_TRANSLATE_NOOP("Errors", "no message has the reference number {reference}")
    ),
    "import.row_not_handed_over": _m(
        QT_TRANSLATE_NOOP("Errors", "message {reference} was never handed to the gateway")
    ),
    "import.row_other_phone": _m(
        QT_TRANSLATE_NOOP("Errors", "message {reference} went to {expected}, not {phone}")
    ),
    "import.row_already_reported": _m(
        QT_TRANSLATE_NOOP("Errors", "message {reference} was already reported {state}"),
        state="outbox_state",
    ),
    # ------------------------------------------------------------------ QR poster places
    "place.bad_code": _m(
        QT_TRANSLATE_NOOP("Errors", "A place code is P- and four digits (P-0123), not '{code}'")
    ),
    "place.code_taken": _m(QT_TRANSLATE_NOOP("Errors", "The place code {code} is already used")),
    "place.name_empty": _m(QT_TRANSLATE_NOOP("Errors", "The place has no name")),
    "place.field_too_long": _m(
        QT_TRANSLATE_NOOP("Errors", "The place's {field} is {length} characters; at most {limit}")
    ),
    "place.not_found": _m(QT_TRANSLATE_NOOP("Errors", "No place with code {code}")),
    "place.no_number": _m(
        QT_TRANSLATE_NOOP(
            "Errors", "The mayor's text number is not set (Settings, outbox): a poster needs it"
        )
    ),
    # ------------------------------------------------------------------ satisfaction surveys (만족도 조사)
    "survey.unknown_channel": _m(
        QT_TRANSLATE_NOOP("Errors", "Unknown survey channel '{channel}' (call, text or session)")
    ),
    "survey.bad_score": _m(QT_TRANSLATE_NOOP("Errors", "Satisfaction is 1 to 5, not '{score}'")),
    "survey.bad_answer": _m(QT_TRANSLATE_NOOP("Errors", "An answer is yes, neutral or no, not '{answer}'")),
    "survey.comment_too_long": _m(
        QT_TRANSLATE_NOOP("Errors", "The comment has {length:,} characters; at most {limit:,} are allowed")
    ),
    "survey.empty": _m(QT_TRANSLATE_NOOP("Errors", "The survey has no answer")),
    "survey.exists": _m(
        QT_TRANSLATE_NOOP("Errors", "Case {number} already has a survey answer (taken {when})")
    ),
    "survey.in_future": _m(QT_TRANSLATE_NOOP("Errors", "The survey date {when} is in the future")),
    "survey.before_case": _m(
        QT_TRANSLATE_NOOP("Errors", "The survey date {when} is before case {number} was received")
    ),
    "survey_file.unreadable": _m(QT_TRANSLATE_NOOP("Errors", "Cannot read {path}: {reason}")),
    "survey_file.encoding": _m(
        QT_TRANSLATE_NOOP("Errors", "{path}: the encoding is not UTF-8 or CP949 (EUC-KR)")
    ),
    "survey_file.empty": _m(QT_TRANSLATE_NOOP("Errors", "{path} is empty")),
    "survey_file.columns": _m(
        QT_TRANSLATE_NOOP("Errors", "{path}: no column for {missing}; the file's columns are: {headers}")
    ),
    # ------------------------------------------------------------------ briefing and reports
    "briefing.bad_period": _m(
        QT_TRANSLATE_NOOP("Errors", "The period starts on {start}, after it ends on {end}")
    ),
    "briefing.min_sample": _m(
        QT_TRANSLATE_NOOP("Errors", "The minimum sample is a whole number from 1 to {limit}, not {value}")
    ),
    "cli.bad_month": _m(QT_TRANSLATE_NOOP("Errors", "--month must be a month like 2026-10, not '{value}'")),
    "cli.report_format": _m(
        QT_TRANSLATE_NOOP("Errors", "The report is written as .xlsx, .csv (a folder) or .zip, not '{path}'")
    ),
    "file.write_failed": _m(QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: {reason}")),
    "database.not_a_file": _m(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{database} is not a database file (it is a folder, a device or a pipe): give the path of a .db file",
        )
    ),
    "database.not_a_database": _m(
        QT_TRANSLATE_NOOP(
            "Errors", "{database} is not a database file (or it is encrypted): check the path you gave"
        )
    ),
    "database.disk_full": _m(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The disk holding the database {database} is full, so nothing was saved. Free some space, "
            "then try again.",
        )
    ),
    "database.read_only": _m(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The database {database} cannot be written: the file, its folder or its disk is read-only. "
            "Ask the administrator, or open a copy in a folder you may write in.",
        )
    ),
    "database.busy": _m(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The database {database} stayed locked by another desk or program, so nothing was saved. "
            "Try again in a moment.",
        )
    ),
    "database.unreachable": _m(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The database server of {database} cannot be reached ({reason}). Check the network, or ask "
            "the administrator to start the server.",
        )
    ),
    "database.io_error": _m(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The database {database} could not be read or written ({reason}). Check the disk, then try again.",
        )
    ),
    "database.damaged": _m(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The database {database} is damaged ({reason}) and was not opened. Restore the latest backup, "
            "{backup} (File > Restore…, or civicdesk restore).",
        )
    ),
    "database.damaged_no_backup": _m(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The database {database} is damaged ({reason}) and was not opened. No backup was found "
            "beside it: ask the administrator for the latest copy.",
        )
    ),
    "database.upgrade_no_room": _m(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The database {database} needs an upgrade, and a copy is made first: its folder has {free} "
            "free, about {needed} are needed. Free some space, then open it again.",
        )
    ),
    # ------------------------------------------------------------------ backups
    "backup.same_file": _m(
        QT_TRANSLATE_NOOP("Errors", "{path} is the database itself: choose another file for the backup")
    ),
    "backup.copy_damaged": _m(
        QT_TRANSLATE_NOOP(
            "Errors", "The copy {path} failed its integrity check ({reason}), so it was not kept. Try again."
        )
    ),
    "backup.counts_differ": _m(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The copy {path} does not have the same rows as the database (tables: {tables}), so it was "
            "not kept. Try again.",
        )
    ),
    "backup.not_a_backup": _m(
        QT_TRANSLATE_NOOP("Errors", "{path} is not a CivicDesk backup: choose a backup file (.db or .dump)")
    ),
    "backup.wrong_kind": _m(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path} is a backup of a single-desk (SQLite) database; a PostgreSQL database is restored "
            "from a pg_dump file",
        )
    ),
    "backup.damaged": _m(
        QT_TRANSLATE_NOOP(
            "Errors", "The backup {path} is damaged ({reason}); nothing was restored. Choose an older backup."
        )
    ),
    "backup.not_civicdesk": _m(
        QT_TRANSLATE_NOOP("Errors", "{path} is a database, but not a CivicDesk one; nothing was restored")
    ),
    "backup.too_new": _m(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The backup {path} has schema version {version}, newer than this CivicDesk understands "
            "({latest}); nothing was restored. Install the newer CivicDesk first.",
        )
    ),
    "backup.no_pg_tool": _m(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{tool} is not installed: a PostgreSQL database is backed up and restored with the PostgreSQL "
            "client tools (Debian: apt install postgresql-client)",
        )
    ),
    "backup.tool_failed": _m(QT_TRANSLATE_NOOP("Errors", "{tool} failed: {reason}")),
    # ------------------------------------------------------------------ files and folders
    "file.disk_full": _m(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The disk is full: {path} could not be written. Free some space or choose another disk, "
            "then try again.",
        )
    ),
    "file.too_big": _m(
        QT_TRANSLATE_NOOP("Errors", "{path} is too large for its disk or folder: choose another place")
    ),
    "file.read_only": _m(
        QT_TRANSLATE_NOOP(
            "Errors", "{path} is on a read-only disk or folder: choose a place you can write to"
        )
    ),
    "file.no_permission": _m(
        QT_TRANSLATE_NOOP(
            "Errors",
            "No permission to use {path}: choose another file or folder, or ask the administrator "
            "(a file open in another program cannot be replaced either)",
        )
    ),
    "file.not_found": _m(
        QT_TRANSLATE_NOOP("Errors", "{path} does not exist: check the name, or create the folder first")
    ),
    "file.under_a_file": _m(
        QT_TRANSLATE_NOOP("Errors", "{path}: part of this path is a file, not a folder. Choose a folder.")
    ),
    "file.is_a_folder": _m(QT_TRANSLATE_NOOP("Errors", "{path} is a folder: give a file name inside it")),
    "file.input_is_a_folder": _m(
        QT_TRANSLATE_NOOP("Errors", "{path} is a folder: it is not a regular file; choose a file in it")
    ),
    "file.no_reader": _m(
        QT_TRANSLATE_NOOP(
            "Errors", "No program is reading the pipe {path}: start the reader first, or give a file"
        )
    ),
    "file.not_regular": _m(
        QT_TRANSLATE_NOOP(
            "Errors", "{path} is not a regular file (it is a device, a pipe or a socket): give a file"
        )
    ),
    "file.busy": _m(
        QT_TRANSLATE_NOOP("Errors", "{path} is in use by another program: close it and try again")
    ),
    "file.name_too_long": _m(
        QT_TRANSLATE_NOOP("Errors", "The name {path} is too long: choose a shorter one")
    ),
    "file.io_error": _m(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The disk could not read or write {path} ({reason}): check the disk or choose another place",
        )
    ),
    "file.failed": _m(QT_TRANSLATE_NOOP("Errors", "{path} could not be used: {reason}")),
    "folder.missing": _m(
        QT_TRANSLATE_NOOP("Errors", "The folder {path} does not exist: create it or choose another folder")
    ),
    "folder.no_room": _m(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The folder {path} has {free} free, but about {needed} are needed: free some space or choose "
            "another folder",
        )
    ),
    # ------------------------------------------------------------------ the command line and demo data
    "cli.bad_date": _m(
        QT_TRANSLATE_NOOP("Errors", "--{option} must be a date like 2026-03-01, not '{value}'")
    ),
    "cli.passphrase_needed": _m(
        QT_TRANSLATE_NOOP(
            "Errors", "A signing certificate is configured ({path}): set {variable} or pass --no-sign"
        )
    ),
    "cli.output_not_folder": _m(QT_TRANSLATE_NOOP("Errors", "Output path is not a folder: {path}")),
    "cli.output_is_folder": _m(QT_TRANSLATE_NOOP("Errors", "{path} is a folder; give a file name to write")),
    "cli.output_folder_missing": _m(QT_TRANSLATE_NOOP("Errors", "The folder {path} does not exist")),
    "cli.cannot_write": _m(QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: {reason}")),
    "cli.personal_open311_only": _m(
        QT_TRANSLATE_NOOP("Errors", "--include-personal is for --format open311 only")
    ),
    "cli.export_format_needed": _m(
        QT_TRANSLATE_NOOP("Errors", "Say --format csv, xlsx or open311 (the name {path} does not tell)")
    ),
    "cli.letter_exists": _m(
        QT_TRANSLATE_NOOP(
            "Errors", "Case {number} already has letter {register_number} (void it to correct it)"
        )
    ),
    # ------------------------------------------------------------------ team mode: permissions, users
    "permission.denied": _m(
        QT_TRANSLATE_NOOP("Errors", "The role {role} may not {action}"), role="role", action="permission"
    ),
    "permission.other_department": _m(
        QT_TRANSLATE_NOOP("Errors", "You may {action} only on cases of your own department"),
        action="permission",
    ),
    "permission.no_department": _m(
        QT_TRANSLATE_NOOP(
            "Errors",
            "You have no department, so you may not {action}: ask the administrator to set your department",
        ),
        action="permission",
    ),
    "permission.inactive": _m(
        QT_TRANSLATE_NOOP("Errors", "Your user account is deactivated; ask the administrator")
    ),
    "permission.actor_needed": _m(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This database has users: say who acts with --as LOGIN (a nightly job runs as its service user)",
        )
    ),
    "permission.no_admin_yet": _m(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This database has no administrator yet: create one first (civicdesk users add --role admin)",
        )
    ),
    "user.unknown": _m(QT_TRANSLATE_NOOP("Errors", "No user with the login {login}")),
    "user.current_password_wrong": _m(QT_TRANSLATE_NOOP("Errors", "The current password is not right")),
    "user.inactive": _m(QT_TRANSLATE_NOOP("Errors", "The user {login} is deactivated")),
    "user.login_taken": _m(QT_TRANSLATE_NOOP("Errors", "The login {login} is already taken")),
    "user.login_invalid": _m(
        QT_TRANSLATE_NOOP(
            "Errors",
            "A login is 2 to 60 letters, digits, dots, hyphens or underscores, starting with a letter: {login}",
        )
    ),
    "user.name_empty": _m(QT_TRANSLATE_NOOP("Errors", "The display name is empty")),
    "user.unknown_role": _m(QT_TRANSLATE_NOOP("Errors", "Unknown role '{role}'")),
    "user.department_needed": _m(QT_TRANSLATE_NOOP("Errors", "A department official needs a department")),
    "user.password_short": _m(QT_TRANSLATE_NOOP("Errors", "A password needs at least {minimum} characters")),
    "user.password_mismatch": _m(QT_TRANSLATE_NOOP("Errors", "The two passwords are not the same")),
    "user.last_admin": _m(
        QT_TRANSLATE_NOOP(
            "Errors", "{login} is the last active administrator: make someone else administrator first"
        )
    ),
    "user.own_account": _m(
        QT_TRANSLATE_NOOP("Errors", "You cannot deactivate your own account or change your own role")
    ),
    "user.first_is_admin": _m(
        QT_TRANSLATE_NOOP("Errors", "The first user of a database is its administrator (role admin)")
    ),
    "sign_in.wrong": _m(QT_TRANSLATE_NOOP("Errors", "Wrong login or password")),
    "sign_in.locked": _m(
        QT_TRANSLATE_NOOP(
            "Errors", "Too many failed sign-ins for {login}: try again after {until} ({seconds:,} seconds)"
        )
    ),
    "case.withdraw_reason_needed": _m(QT_TRANSLATE_NOOP("Errors", "Say why the case is withdrawn")),
    "cli.password_needed": _m(
        QT_TRANSLATE_NOOP("Errors", "No password given: type it at the terminal or send it on standard input")
    ),
    "demo.negative_cases": _m(QT_TRANSLATE_NOOP("Errors", "The number of demo cases cannot be negative")),
    "demo.database_not_empty": _m(
        QT_TRANSLATE_NOOP(
            "Errors", "The database already holds {cases:,} cases; demo data goes into a new, empty database"
        )
    ),
    "demo.letter_failed": _m(
        QT_TRANSLATE_NOOP("Errors", "Demo letter for case {number} failed: {message} ({failed} failed)")
    ),
}

# Words that fill a message and are translated with it (context "Errors"), by the value's kind.
WORDS: dict[str, dict[str, str]] = {
    "record": {
        "channel": QT_TRANSLATE_NOOP("Errors", "channel"),
        "category": QT_TRANSLATE_NOOP("Errors", "category"),
        "town": QT_TRANSLATE_NOOP("Errors", "town"),
        "topic": QT_TRANSLATE_NOOP("Errors", "topic"),
        "department": QT_TRANSLATE_NOOP("Errors", "department"),
        "official": QT_TRANSLATE_NOOP("Errors", "official"),
        "agency": QT_TRANSLATE_NOOP("Errors", "agency"),
        "session": QT_TRANSLATE_NOOP("Errors", "session"),
        "place": QT_TRANSLATE_NOOP("Errors", "place"),
    },
    "case_field": {
        "text": QT_TRANSLATE_NOOP("Errors", "text"),
        "name": QT_TRANSLATE_NOOP("Errors", "name"),
        "phone": QT_TRANSLATE_NOOP("Errors", "phone number"),
        "address": QT_TRANSLATE_NOOP("Errors", "address"),
    },
    "contact_field": {
        "phone": QT_TRANSLATE_NOOP("Errors", "Phone"),
        "fax": QT_TRANSLATE_NOOP("Errors", "Fax"),
        "email": QT_TRANSLATE_NOOP("Errors", "E-mail"),
    },
    "letter_part": {
        "subject": QT_TRANSLATE_NOOP("Errors", "subject"),
        "body": QT_TRANSLATE_NOOP("Errors", "body"),
    },
    # The office settings an error can name (store/office_settings.py declares them all).
    "setting": {
        "city.name": QT_TRANSLATE_NOOP("Errors", "City name (letter heading)"),
        "city.mayor_title": QT_TRANSLATE_NOOP("Errors", "Sender (발신명의)"),
        "city.seal_png": QT_TRANSLATE_NOOP("Errors", "Seal / signature image"),
        "city.emblem_png": QT_TRANSLATE_NOOP("Errors", "Emblem image"),
    },
}


@cache
def vocabulary(kind: str):
    """The Term table (domain/vocabulary.py, domain/sessions.py) whose labels show a value of `kind`,
    or None. Imported late: the domain modules raise these errors, so they import this one."""
    from civicdesk_gui.domain import outbox, permissions, sessions, vocabulary

    tables = {
        "role": permissions.ROLES,
        "permission": permissions.ACTIONS,
        "case_state": {**vocabulary.STATUSES, **vocabulary.CLASSIFICATIONS},
        "classification": vocabulary.CLASSIFICATIONS,
        "request_state": sessions.REQUEST_STATES,
        "session_state": sessions.SESSION_STATES,
        "unit_type": sessions.UNIT_TYPES,
        "unit_subgroup": sessions.PROFESSIONAL_SUBGROUPS,
        "outbox_state": outbox.STATES,
    }
    return tables.get(kind)


def placeholders(code: str) -> set[str]:
    """The value names the code's template uses."""
    return {name for _text, name, _spec, _conv in string.Formatter().parse(MESSAGES[code].text) if name}


def fill(text: str, message: Message, values: Mapping[str, Any], say) -> str:
    """`text` (the template, or its translation) filled with `values`, each shown by `say(kind, value)`:
    lists joined, phrases said in turn. Shared by the English below and the GUI's translation."""
    return text.format(**{name: show(message.terms.get(name), value, say) for name, value in values.items()})


def show(kind: str | None, value: Any, say) -> Any:
    if isinstance(value, list | tuple):
        shown = [show(kind, item, say) for item in value]
        return ("; " if all(isinstance(item, Phrase) for item in value) else ", ").join(map(str, shown))
    if isinstance(value, Phrase) or kind is not None:
        return say(kind, value)
    return value


def english(code: str, values: Mapping[str, Any]) -> str:
    return fill(MESSAGES[code].text, MESSAGES[code], values, _say_english)


def _say_english(kind: str | None, value: Any) -> str:
    if isinstance(value, Phrase):
        return english(value.code, value.values)
    table = vocabulary(kind)
    if table is not None:
        term = table.get(value)
        return term.en if term is not None else str(value)
    return WORDS.get(kind, {}).get(value, str(value))
