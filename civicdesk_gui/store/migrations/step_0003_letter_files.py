"""Step 3: where an issued letter's file goes, and when it was written whole.

A batch (civicdesk letters, the Letters screen) records the file a letter is owed in the same
transaction that issues it (`file_path`), writes the file from the stored bytes after the commit, then
stamps `file_written_at`. A letter with a path and no stamp is owed its file: the next run writes it,
so a batch killed between the two, or stopped by a full disk, loses no file."""

from __future__ import annotations

import peewee
from playhouse.migrate import migrate


def up(db: peewee.Database, migrator) -> None:
    migrate(
        migrator.add_column("letter", "file_path", peewee.TextField(null=True)),
        migrator.add_column("letter", "file_written_at", peewee.DateTimeField(null=True)),
    )
