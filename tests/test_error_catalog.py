"""Errors below the UI carry a catalog code and the values its message needs (DESIGN.md §1).

Read from the source (AST), so a new `raise ValidationError("An English sentence")` or a value
missing from a template fails here rather than on a Korean desk."""

from __future__ import annotations

import ast
import datetime as dt
import string
from pathlib import Path

import pytest

from civicdesk_gui import error_catalog
from civicdesk_gui.error_catalog import MESSAGES, WORDS, Phrase, english, placeholders
from civicdesk_gui.errors import CivicDeskError, ConflictError, ValidationError

PACKAGE = Path(__file__).resolve().parent.parent / "civicdesk_gui"
# Every error below the UI is raised with a catalog code; these sets name any exception left (by class
# and function, not by file, so the check holds wherever code moves). Empty: nothing is left.
NOT_YET_CONVERTED_CLASSES: frozenset[str] = frozenset()
NOT_YET_CONVERTED_FUNCTIONS: frozenset[str] = frozenset()


def _below_ui() -> list[tuple[Path, ast.Module]]:
    return [
        (path, ast.parse(path.read_text(encoding="utf-8")))
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.relative_to(PACKAGE).parts[0] != "ui"
    ]


def _base_names(node: ast.ClassDef) -> set[str]:
    return {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases}


def _error_classes(modules) -> dict[str, ast.ClassDef]:
    """CivicDeskError and every subclass defined in the package, by name."""
    classes = {
        node.name: node
        for _path, tree in modules
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
    }
    found = {"CivicDeskError": classes["CivicDeskError"]}
    grew = True
    while grew:
        grew = False
        for name, node in classes.items():
            if name not in found and _base_names(node) & set(found):
                found[name] = node
                grew = True
    return found


def _own_message(node: ast.ClassDef) -> bool:
    """A class whose constructor takes something else than a code (it names its own code)."""
    for item in node.body:
        if isinstance(item, ast.FunctionDef) and item.name == "__init__":
            params = [a.arg for a in item.args.posonlyargs + item.args.args][1:]
            return not params or params[0] != "code"
    return False


def _codes(node: ast.expr) -> list[str] | None:
    """The catalog codes an argument can be: a literal, or either side of `a if cond else b`."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        body, orelse = _codes(node.body), _codes(node.orelse)
        return body + orelse if body is not None and orelse is not None else None
    return None


class _Calls(ast.NodeVisitor):
    """Each construction of an error class: (line, function it is in, code argument, values argument)."""

    def __init__(self, classes: dict[str, ast.ClassDef]):
        self.classes = classes
        self.function = ""
        self.klass = ""
        self.found: list[tuple[int, str, ast.expr | None, ast.expr | None]] = []

    def visit_ClassDef(self, node):
        outer, self.klass = self.klass, node.name
        self.generic_visit(node)
        self.klass = outer

    def visit_FunctionDef(self, node):
        outer, self.function = self.function, node.name
        self.generic_visit(node)
        self.function = outer

    def visit_Call(self, node):
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        super_init = (
            name == "__init__"
            and isinstance(func, ast.Attribute)
            and isinstance(func.value, ast.Call)
            and getattr(func.value.func, "id", "") == "super"
        )
        # A class that names its own code passes it to super().__init__; the others get it from the caller.
        klass = self.klass if super_init else name
        left_alone = klass in NOT_YET_CONVERTED_CLASSES or self.function in NOT_YET_CONVERTED_FUNCTIONS
        if klass in self.classes and super_init == _own_message(self.classes[klass]) and not left_alone:
            self._record(node)
        self.generic_visit(node)

    def _record(self, node: ast.Call) -> None:
        args = list(node.args)
        values = args[1] if len(args) > 1 else None
        self.found.append((node.lineno, self.function, args[0] if args else None, values))


def _constructions():
    modules = _below_ui()
    classes = _error_classes(modules)
    for path, tree in modules:
        visitor = _Calls(classes)
        visitor.visit(tree)
        for line, _function, code, values in visitor.found:
            yield f"{path.relative_to(PACKAGE)}:{line}", code, values


def test_every_error_below_the_ui_is_raised_with_a_catalog_code_and_its_values():
    found = list(_constructions())
    assert len(found) > 100  # guards against scanning nothing
    problems = []
    for where, code_arg, values_arg in found:
        codes = _codes(code_arg) if code_arg is not None else None
        if codes is None:
            problems.append(
                f"{where}: the message is not a catalog code ({ast.unparse(code_arg or ast.Constant(None))})"
            )
            continue
        unknown = [c for c in codes if c not in MESSAGES]
        if unknown:
            problems.append(f"{where}: {unknown} not in error_catalog.MESSAGES")
            continue
        if values_arg is None:
            given: set[str] | None = set()
        elif isinstance(values_arg, ast.Dict) and all(isinstance(k, ast.Constant) for k in values_arg.keys):
            given = {k.value for k in values_arg.keys}
        else:
            given = None  # built elsewhere: the runtime tests below fill it
        for code in codes:
            if given is not None and given != placeholders(code):
                problems.append(f"{where}: {code} needs {sorted(placeholders(code))}, gets {sorted(given)}")
    assert not problems, "\n".join(problems)


def test_the_check_refuses_english_sentences_and_unknown_codes():
    tree = ast.parse(
        "def f():\n"
        "    raise ValidationError('The note is empty', field='text')\n"
        "    raise NotFoundError(f'No case with id {case_id}')\n"
        "    raise ValidationError('case.note_empty')\n"
    )
    classes = {
        name: ast.parse(f"class {name}(Exception): pass").body[0]
        for name in ("ValidationError", "NotFoundError")
    }
    visitor = _Calls(classes)
    visitor.visit(tree)
    codes = [_codes(code) for _line, _function, code, _values in visitor.found]
    assert codes == [["The note is empty"], None, ["case.note_empty"]]
    assert "The note is empty" not in MESSAGES


# ---------------------------------------------------------------------------------- the catalog


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_each_template_is_well_formed(code):
    message = MESSAGES[code]
    names = placeholders(code)
    for _text, name, _spec, _conversion in string.Formatter().parse(message.text):
        assert name is None or name.isidentifier(), f"{code}: positional or dotted placeholder {name!r}"
    for value_name, kind in message.terms.items():
        assert value_name in names, f"{code}: terms name {value_name!r}, which the template does not use"
        assert error_catalog.vocabulary(kind) is not None or kind in WORDS, (
            f"{code}: unknown vocabulary {kind!r}"
        )


def test_every_code_is_used_somewhere():
    source = "\n".join(
        path.read_text(encoding="utf-8") for path in PACKAGE.rglob("*.py") if path.name != "error_catalog.py"
    )
    unused = [code for code in MESSAGES if f'"{code}"' not in source]
    assert not unused, f"codes nothing raises: {unused}"


def test_a_sentence_that_is_not_a_code_is_kept_as_it_is():
    error = ValidationError("담당자를 선택하십시오.", field="official")
    assert str(error) == "담당자를 선택하십시오." and error.code == "" and error.phrase is None


def test_values_that_are_codes_are_shown_by_their_english_labels():
    error = ValidationError("case.reason_code_needed", {"classification": "long_term_review"})
    assert str(error) == "A 'Long-term review' case needs a reason code"
    nested = Phrase("case.changed", {"number": "2026-000001", "who": Phrase("user.another"), "when": "?"})
    assert str(nested).startswith("Case 2026-000001 was changed by another user at ?")


# ------------------------------------------------------------- errors raised by the real code


def _check(error: CivicDeskError, code: str) -> None:
    assert error.code == code
    assert set(error.values) == placeholders(code), f"{code}: values {sorted(error.values)}"
    assert str(error) == english(code, error.values)
    for value in error.values.values():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, Phrase):
                assert set(item.values) == placeholders(item.code), item.code


def _raises(code: str, call, *args, **kwargs) -> CivicDeskError:
    with pytest.raises(CivicDeskError) as caught:
        call(*args, **kwargs)
    _check(caught.value, code)
    return caught.value


@pytest.fixture
def office(sqlite_db):
    from civicdesk_gui.actions.actor import ensure_user
    from civicdesk_gui.store.models import Department, Official

    roads, parks = Department.select().order_by(Department.id).limit(2)
    return {
        "actor": ensure_user("tester", display_name="시험 사용자"),
        "roads": roads,
        "parks_lead": Official.create(name="이공원", rank="과장", department=parks, is_responsible=True),
    }


def test_case_actions_name_what_is_wrong(office):
    from civicdesk_gui.actions import cases

    actor = office["actor"]
    _raises("case.text_empty", cases.intake_case, channel="text", text=" ", actor=actor)
    too_long = _raises(
        "case.text_too_long", cases.intake_case, channel="text", text="가" * 10_001, actor=actor
    )
    assert "10,001 characters; at most 10,000" in str(too_long)
    _raises("record.unknown", cases.intake_case, channel="fax", text="민원", actor=actor)
    long_name = _raises(
        "case.field_too_long",
        cases.intake_case,
        channel="text",
        text="민원",
        submitter_name="가" * 61,
        actor=actor,
    )
    assert str(long_name) == "The name has 61 characters; at most 60 are allowed"
    _raises("case.nul_character", cases.intake_case, channel="text", text="민\x00원", actor=actor)
    _raises(
        "case.received_out_of_range",
        cases.intake_case,
        channel="text",
        text="민원",
        received_at=dt.datetime(1, 1, 1),
        actor=actor,
    )
    case_id = cases.intake_case(channel="text", text="가로등이 꺼졌어요", actor=actor).case_id
    on_case = {"case_id": case_id, "actor": actor, "expected_version": None}
    _raises("case.not_found", cases.add_note, case_id=999_999, text="메모", actor=actor)
    _raises("case.note_empty", cases.add_note, case_id=case_id, text="", actor=actor)
    _raises("case.progress_empty", cases.record_progress, text="", **on_case)
    _raises("case.unknown_reply_method", cases.record_reply, method="fax", text="회신", **on_case)
    _raises("case.reply_empty", cases.record_reply, method="sms", text="", **on_case)
    _raises("case.reopen_reason_needed", cases.reopen_case, reason="", **on_case)
    _raises("case.reopen_without_outcome", cases.reopen_case, reason="다시", **on_case)
    official = office["parks_lead"].id
    _raises("case.department_needed_for_official", cases.assign_official, official_id=official, **on_case)
    _raises("case.transition", cases.start_review, **on_case)
    cases.route_case(department_id=office["roads"].id, **on_case)
    _raises("case.official_elsewhere", cases.assign_official, official_id=official, **on_case)
    _raises("case.next_review_not_listed", cases.set_next_review, review_on=dt.date(2027, 1, 1), **on_case)
    _raises("case.duplicate_of_itself", cases.mark_duplicate, original_id=case_id, **on_case)
    stale = {**on_case, "expected_version": 1}
    changed = _raises("case.changed", cases.record_progress, text="진행", **stale)
    assert isinstance(changed, ConflictError) and changed.changed_by == "시험 사용자"
    for classification, reason_code, reason_text, code in [
        ("nonsense", None, "", "case.unknown_classification"),
        ("unfeasible", None, "", "case.reason_code_needed"),
        ("unfeasible", "nonsense", "", "case.unknown_reason_code"),
        ("unfeasible", "large_budget", " ", "case.reason_text_needed"),
        ("resolved", "nonsense", "", "case.unknown_reason_code"),
        ("referred", None, "", "case.agency_needed"),
    ]:
        _raises(
            code,
            cases.classify_case,
            classification=classification,
            reason_code=reason_code,
            reason_text=reason_text,
            **on_case,
        )


def test_letter_actions_name_what_is_wrong(office, tmp_path):
    from civicdesk_gui.actions import cases, letters
    from civicdesk_gui.documents.letters.signing import load_signer
    from civicdesk_gui.documents.letters.templates import validate_template

    actor = office["actor"]
    case_id = cases.intake_case(channel="text", text="가로등이 꺼졌어요", actor=actor).case_id
    letter = {"case_id": case_id, "actor": actor, "expected_version": None, "language": "ko"}
    _raises(
        "letter.unknown_language",
        letters.issue_letter,
        **{**letter, "language": "fr"},
        subject="제목",
        body="본문",
    )
    _raises("letter.subject_empty", letters.issue_letter, **letter, subject=" ", body="본문")
    _raises("letter.text_empty", letters.issue_letter, **letter, subject="제목", body=" ")
    _raises(
        "case.not_found", letters.issue_letter, **{**letter, "case_id": 999_999}, subject="제목", body="본문"
    )
    _raises("letter.not_due", letters.issue_letter, **letter, subject="제목", body="본문")
    _raises("letter.void_reason_needed", letters.void_letter, letter_id=1, reason="", actor=actor)
    _raises("letter.not_found", letters.void_letter, letter_id=999_999, reason="오기", actor=actor)
    from civicdesk_gui.actions.actor import ensure_user

    admin = ensure_user("admin", role="admin")  # templates are the administrator's
    template = {"language": "ko", "subject": "제목", "body": "본문", "actor": admin, "expected_version": 0}
    _raises("letter.unknown_kind", letters.save_letter_template, **{**template, "kind": "resolved"})
    _raises(
        "letter_template.changed",
        letters.save_letter_template,
        **{**template, "kind": "unfeasible", "expected_version": 3},
    )
    _raises("letter.subject_empty", validate_template, "", "본문")
    _raises("letter_template.body_empty", validate_template, "제목", "")
    unknown = _raises(
        "letter_template.unknown_placeholder", validate_template, "제목", "{resident_nmae} 님께"
    )
    assert str(unknown) == "Unknown placeholder {resident_nmae} in the body"
    _raises("letter_template.unmatched_brace", validate_template, "제목 {case_number", "본문")
    settings = letters.save_city_settings
    _raises("settings.unknown", settings, values={"city.colour": "blue"}, actor=admin)
    empty = _raises("settings.empty", settings, values={"city.name": " "}, actor=admin)
    assert str(empty) == "City name (letter heading) must not be empty"
    _raises("settings.letter_language", settings, values={"letters.default_language": "fr"}, actor=admin)
    missing = str(tmp_path / "missing.p12")
    _raises("certificate.not_found", settings, values={"letters.certificate_path": missing}, actor=admin)
    _raises("settings.not_png", settings, values={"city.seal_png": b"GIF89a"}, actor=admin)
    _raises("certificate.not_found", load_signer, missing, "")


def test_session_actions_name_what_is_wrong(office):
    from civicdesk_gui.actions import sessions
    from civicdesk_gui.actions.session_suggestions import Suggestion, record_suggestions

    actor = office["actor"]
    start = dt.datetime(2026, 5, 12, 14, 0)
    end = start + dt.timedelta(hours=2)
    _raises(
        "session_request.requester_needed",
        sessions.request_session,
        requested_by=" ",
        unit_type="town",
        actor=actor,
    )
    _raises(
        "session.unknown_unit_type",
        sessions.request_session,
        requested_by="문산읍",
        unit_type="club",
        actor=actor,
    )
    _raises(
        "session.subgroup_mismatch",
        sessions.request_session,
        requested_by="문산읍",
        unit_type="town",
        unit_subgroup="dairy",
        actor=actor,
    )
    _raises(
        "session_request.negative_attendance",
        sessions.request_session,
        requested_by="문산읍",
        unit_type="town",
        expected_attendance=-1,
        actor=actor,
    )
    _raises("session.ends_before_start", sessions.schedule_session, starts_at=end, ends_at=start, actor=actor)
    _raises(
        "session.too_long",
        sessions.schedule_session,
        starts_at=start,
        ends_at=start + dt.timedelta(hours=13),
        actor=actor,
    )
    _raises("session.unit_needed", sessions.schedule_session, starts_at=start, ends_at=end, actor=actor)
    _raises(
        "session_request.not_found",
        sessions.decline_request,
        request_id=999_999,
        reason="",
        actor=actor,
        expected_version=None,
    )
    request = sessions.request_session(requested_by="문산읍", unit_type="town", actor=actor)
    on_request = {"request_id": request.request_id, "actor": actor, "expected_version": None}
    _raises("session_request.reason_needed", sessions.decline_request, reason=" ", **on_request)
    sessions.decline_request(reason="일정 없음", **on_request)
    _raises("session_request.transition_final", sessions.cancel_request, reason="취소", **on_request)
    change = sessions.schedule_session(starts_at=start, ends_at=end, unit_type="town", actor=actor, at=start)
    on_session = {"session_id": change.session_id, "actor": actor, "expected_version": None}
    clash = _raises(
        "session.conflicts",
        sessions.schedule_session,
        starts_at=start,
        ends_at=end,
        unit_type="town",
        actor=actor,
    )
    assert clash.conflicts and all(isinstance(c.phrase, Phrase) for c in clash.conflicts)
    _raises(
        "session.unknown_fields",
        sessions.reschedule_session,
        starts_at=start,
        ends_at=end,
        colour="red",
        **on_session,
    )
    _raises("session.reason_needed", sessions.cancel_session, reason="", **on_session)
    _raises("session.transition", sessions.close_session, **on_session)
    _raises("session.attendees_needed", sessions.record_held, attendees=-1, minutes="", **on_session)
    _raises(
        "session.held_too_early",
        sessions.record_held,
        attendees=3,
        minutes="",
        at=start - dt.timedelta(days=1),
        **on_session,
    )
    _raises(
        "suggestions.session_not_held",
        record_suggestions,
        session_id=change.session_id,
        suggestions=[Suggestion("보도")],
        actor=actor,
    )
    _raises("suggestions.none", record_suggestions, session_id=change.session_id, suggestions=[], actor=actor)
    row = _raises(
        "suggestions.row_without_text",
        record_suggestions,
        session_id=change.session_id,
        suggestions=[Suggestion("", "이민정")],
        actor=actor,
    )
    assert str(row) == "Row 1 (이민정) has no suggestion text"
    _raises(
        "session.not_found",
        record_suggestions,
        session_id=999_999,
        suggestions=[Suggestion("보도")],
        actor=actor,
    )
    sessions.record_held(attendees=3, minutes="", at=end, **on_session)
    _raises("session.not_movable", sessions.reschedule_session, starts_at=start, ends_at=end, **on_session)
    _raises(
        "session.transition_final",
        sessions.cancel_session,
        reason="비",
        **{**on_session, "session_id": _closed(actor)},
    )
    _raises("session.changed", sessions.close_session, **{**on_session, "expected_version": 1})


def _closed(actor) -> int:
    from civicdesk_gui.actions import sessions

    start = dt.datetime(2026, 4, 7, 10, 0)
    change = sessions.schedule_session(
        starts_at=start,
        ends_at=start + dt.timedelta(hours=1),
        unit_type="youth",
        actor=actor,
        confirm_conflicts=True,
    )
    sessions.cancel_session(session_id=change.session_id, reason="우천", actor=actor, expected_version=None)
    return change.session_id


def test_every_kind_of_slot_clash_is_a_phrase():
    from civicdesk_gui.domain.sessions import Slot, find_conflicts

    start = dt.datetime(2026, 3, 1, 10, 0)  # 삼일절
    candidate = Slot(None, start, start + dt.timedelta(hours=2), 1)
    others = [
        Slot(7, start + dt.timedelta(hours=1), start + dt.timedelta(hours=3), 1, "S2026-0007 마을회관"),
        Slot(8, start + dt.timedelta(hours=2, minutes=10), start + dt.timedelta(hours=4), 2),
    ]
    found = find_conflicts(candidate, others, travel_buffer_minutes=30)
    assert [c.kind for c in found] == ["overlap", "travel", "holiday"]
    for conflict in found:
        assert set(conflict.phrase.values) == placeholders(conflict.phrase.code)
    assert found[0].message == "Overlaps S2026-0007 마을회관 (03-01 11:00–13:00)"
    assert found[1].message == "Only 10 min to travel to or from another session; 30 min needed"


def test_store_documents_and_demo_errors_name_what_is_wrong(sqlite_db, tmp_path):
    from civicdesk_gui.demo.generator import generate_demo
    from civicdesk_gui.documents.session_ics import parse_ics
    from civicdesk_gui.store import database

    _raises("database.url_without_path", database.parse_url, "sqlite:///")
    _raises("database.url_bad_port", database.parse_url, "postgresql://u:secret@host:99999999/db")
    _raises("database.url_without_name", database.parse_url, "postgresql://u@host/")
    unsupported = _raises("database.url_unsupported", database.parse_url, "mysql://u:secret@host/db")
    assert "secret" not in str(unsupported)
    missing = database.parse_url(f"sqlite:///{tmp_path / 'none' / 'x.db'}")
    _raises("database.file_not_found", database.make_database, missing, must_exist=True)
    _raises("database.folder_not_found", database.make_database, missing)
    _raises("ics.not_calendar", parse_ics, b"not a calendar")
    _raises("import.not_in_encoding", parse_ics, b"BEGIN:VCALENDAR\r\nSUMMARY:\xff\r\n", file="x.ics")
    event = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n%sEND:VEVENT\r\nEND:VCALENDAR\r\n"
    # A bad event is rejected with its code and values, never raised: the others are still read.
    _rejects("ics.event_without_uid", parse_ics(event % b"DTSTART:20260301T100000\r\n"))
    _rejects("ics.event_without_start", parse_ics(event % b"UID:a@b\r\n"))
    _rejects("ics.event_out_of_range", parse_ics(event % b"UID:a@b\r\nDTSTART:99991231T100000\r\n"))
    _rejects("ics.event_uid_too_long", parse_ics(event % (b"UID:" + b"u" * 121 + b"\r\n")))
    _rejects("ics.event_unreadable", parse_ics(event % b"UID:a@b\r\nDTSTART:2026XX01T100000\r\n"))
    _raises("demo.negative_cases", generate_demo, cases=-1)


def _rejects(code: str, calendar) -> None:
    (problem,) = calendar.rejected
    assert problem.code == code and set(problem.values) == placeholders(code), problem
    assert problem.reason == english(code, problem.values)


def test_import_errors_name_what_is_wrong(sqlite_db, tmp_path):
    import os

    from civicdesk_gui.actions.actor import ensure_user
    from civicdesk_gui.actions.case_import import import_sms_file
    from civicdesk_gui.documents.sms_import import parse_mapping_options, parse_table, read_table

    _raises("import.file_not_found", read_table, tmp_path / "none.csv")
    _raises("import.not_a_file", read_table, tmp_path)
    os.mkfifo(tmp_path / "pipe.csv")
    _raises("import.not_a_file", read_table, tmp_path / "pipe.csv")
    files = {
        "empty.csv": b"",
        "binary.csv": b"\x00\x01\x02\x03 header\n",
        "utf16.csv": "수신일시,내용\n".encode("utf-16"),
        "neither.csv": b"\xc3\xa9,ok\n\xff\xfe\xfd\n",
        "mixed.csv": "수신일시,내용\n".encode() + "홍길동\n".encode("cp949") + "김영희\n".encode() * 2,
        "twice.csv": "수신일시,내용\n2026-11-03 08:43,홍길동\n".encode().decode("latin-1").encode(),
        "custom.csv": "시각,본문\n2026-11-03 08:43,가로등\n".encode(),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    _raises("import.empty", read_table, tmp_path / "empty.csv")
    _raises("import.binary", read_table, tmp_path / "binary.csv")
    _raises("import.utf16", read_table, tmp_path / "utf16.csv")
    _raises("import.undecodable", read_table, tmp_path / "neither.csv")
    _raises("import.mixed_encodings", read_table, tmp_path / "mixed.csv")
    _raises("import.double_encoded", read_table, tmp_path / "twice.csv")
    _raises("import.unknown_encoding", read_table, tmp_path / "custom.csv", encoding="klingon")
    _raises("import.unsupported_encoding", read_table, tmp_path / "custom.csv", encoding="latin-1")
    _raises("import.not_in_encoding", read_table, tmp_path / "mixed.csv", encoding="utf-8")
    _raises("import.columns_missing", parse_table, read_table(tmp_path / "custom.csv"), town_ids={})
    table = read_table(tmp_path / "custom.csv")
    _raises("import.no_such_column", parse_table, table, mapping={"text": "없는열"}, town_ids={})
    _raises("import.bad_mapping_option", parse_mapping_options, ["내용"])
    _raises("import.unknown_mapping_field", parse_mapping_options, ["색깔=본문"])
    report = import_sms_file(
        table.path,
        actor=ensure_user("nightly", display_name="야간 작업"),
        mapping={"received_at": "시각", "text": "본문"},
    )
    assert report.imported == 1
