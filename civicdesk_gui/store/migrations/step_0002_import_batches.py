"""Schema step 2: the import_batch table (store/models.py ImportBatch) — one row per file imported,
unique by kind and SHA-256, so the same file imported twice, or by two desks at once, is written once.

The table is declared here as it is at step 2 (not imported from the models, which may change in a
later step that then alters it)."""

from __future__ import annotations

import datetime as dt

import peewee as pw


def up(db: pw.Database, migrator) -> None:
    class User(pw.Model):
        class Meta:
            database = db
            legacy_table_names = False

    class ImportBatch(pw.Model):
        kind = pw.CharField(max_length=20)
        sha256 = pw.CharField(max_length=64)
        file_name = pw.CharField(max_length=255)
        state = pw.CharField(max_length=20, default="running")
        owner = pw.CharField(max_length=200, default="")
        started_at = pw.DateTimeField(default=dt.datetime.now)
        started_by = pw.ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
        heartbeat_at = pw.DateTimeField(default=dt.datetime.now)
        finished_at = pw.DateTimeField(null=True)
        records = pw.IntegerField(default=0)
        imported = pw.IntegerField(default=0)
        duplicates = pw.IntegerField(default=0)
        rejected = pw.IntegerField(default=0)

        class Meta:
            database = db
            legacy_table_names = False
            indexes = ((("kind", "sha256"), True),)

    db.create_tables([ImportBatch])
