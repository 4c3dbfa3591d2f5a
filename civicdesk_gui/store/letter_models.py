"""Letters and their templates. An issued letter is a record of what was mailed: its bytes never change."""

from __future__ import annotations

import peewee as pw

from civicdesk_gui.store.models import BaseModel, Case, Department, User, now


class LetterTemplate(BaseModel):
    """The admin-edited text of one kind of letter in one language (placeholders checked on save)."""

    kind = pw.CharField(max_length=30)  # long_term_review / unfeasible
    language = pw.CharField(max_length=5)  # ko / en
    subject = pw.CharField(max_length=300)
    body = pw.TextField()
    version = pw.IntegerField(default=1)
    updated_at = pw.DateTimeField(default=now)
    updated_by = pw.ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")

    class Meta:
        indexes = ((("kind", "language"), True),)


class Letter(BaseModel):
    """A mayor-signed letter as issued: register number, the exact PDF bytes and their SHA-256."""

    case = pw.ForeignKeyField(Case, backref="letters", on_delete="RESTRICT")
    register_number = pw.CharField(max_length=60, unique=True)  # <department code>-<serial>
    department = pw.ForeignKeyField(Department, null=True, on_delete="SET NULL")
    kind = pw.CharField(max_length=30)
    language = pw.CharField(max_length=5)
    subject = pw.CharField(max_length=300)
    text = pw.TextField()
    pdf = pw.BlobField()
    sha256 = pw.CharField(max_length=64)
    signed = pw.BooleanField(default=False)
    issued_at = pw.DateTimeField(default=now)
    issued_by = pw.ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    voided_at = pw.DateTimeField(null=True)
    voided_by = pw.ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    void_reason = pw.TextField(default="")
    replaced_by = pw.ForeignKeyField("self", null=True, backref="+", on_delete="SET NULL")
    # The file a batch owes this letter (schema step 3): set when issued into a folder, stamped once
    # written whole from the stored bytes. A path without a stamp is written by the next run.
    file_path = pw.TextField(null=True)
    file_written_at = pw.DateTimeField(null=True)

    class Meta:
        indexes = ((("case", "voided_at"), False), (("issued_at",), False))


class Approval(BaseModel):
    """Schema step 8: the sign-off (결재) of a letter before it goes out — drafted, reviewed by the
    team leader, approved by whoever the 전결 rules name, a deputy marking 대결 (시행규칙 제7조).
    The approved title and text are what is issued; the line is printed in the closing block."""

    case = pw.ForeignKeyField(Case, backref="approvals", on_delete="RESTRICT")
    subject = pw.CharField(max_length=20)  # domain/signoff.SUBJECTS: mayor_letter, notice, result_reply
    kind = pw.CharField(max_length=30)  # the letter's kind (long_term_review, unfeasible, ...)
    language = pw.CharField(max_length=5)
    title = pw.CharField(max_length=300)
    body = pw.TextField()
    state = pw.CharField(max_length=20, default="drafted")  # domain/signoff.STATES
    level = pw.CharField(max_length=20)  # who approves, by the 전결 rules when drafted
    drafter = pw.ForeignKeyField(User, backref="+", on_delete="RESTRICT")
    drafted_at = pw.DateTimeField(default=now)
    reviewer = pw.ForeignKeyField(User, null=True, backref="+", on_delete="RESTRICT")
    reviewed_at = pw.DateTimeField(null=True)
    approver = pw.ForeignKeyField(User, null=True, backref="+", on_delete="RESTRICT")  # designated
    approved_by = pw.ForeignKeyField(User, null=True, backref="+", on_delete="RESTRICT")  # who signed
    approved_at = pw.DateTimeField(null=True)
    mark = pw.CharField(max_length=10, default="")  # 전결 / 대결 / ""
    comment = pw.TextField(default="")  # why it was returned
    letter = pw.ForeignKeyField(Letter, null=True, backref="+", on_delete="RESTRICT")
    version = pw.IntegerField(default=1)

    class Meta:
        indexes = ((("state", "approver"), False),)


LETTER_MODELS: list[type[BaseModel]] = [LetterTemplate, Letter, Approval]
