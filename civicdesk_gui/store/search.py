"""Full-text search support for Korean, per backend (filled in with the case list)."""

from __future__ import annotations

import peewee


def create_search_support(db: peewee.Database) -> None:
    """Create the backend's search index for cases. Nothing yet: search falls back to LIKE."""
