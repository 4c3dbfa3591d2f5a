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


LETTER_MODELS: list[type[BaseModel]] = [LetterTemplate, Letter]
