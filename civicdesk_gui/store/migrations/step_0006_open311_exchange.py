"""Step 6: Open311 exchange.

- `case.external_id`: the id another system gave an imported case (its Open311 service_request_id),
  unique, so re-importing a file finds the case instead of adding it twice;
- `service_code_mapping`: the administrator's table from another system's service codes to a
  category and topic of ours.

The table is created from a copy of the model as it is at this step (never the live model, which may
change in later steps)."""

from __future__ import annotations

import datetime as dt

import peewee as pw


def up(db: pw.Database, migrator) -> None:
    class _Stub(pw.Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Category(_Stub):
        pass

    class Topic(_Stub):
        pass

    class User(_Stub):
        pass

    class ServiceCodeMapping(_Stub):
        service_code = pw.CharField(max_length=100, unique=True)
        service_name = pw.CharField(max_length=200, default="")
        category = pw.ForeignKeyField(Category, null=True, on_delete="SET NULL")
        topic = pw.ForeignKeyField(Topic, null=True, on_delete="SET NULL")
        updated_at = pw.DateTimeField(default=dt.datetime.now)
        updated_by = pw.ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")

    migrator.add_column("case", "external_id", pw.CharField(max_length=100, null=True)).run()
    migrator.add_index("case", ("external_id",), unique=True).run()
    ServiceCodeMapping.create_table(safe=False)
