"""Text similarity for likely-duplicate detection: character trigrams, which suit Korean
(particles attach to words, so word-level comparison misses '민원을' ~ '민원')."""

from __future__ import annotations

DUPLICATE_THRESHOLD = 0.45
DUPLICATE_WINDOW_DAYS = 30


def _trigrams(text: str) -> set[str]:
    compact = "".join(text.split())
    if len(compact) < 3:
        return {compact} if compact else set()
    return {compact[i : i + 3] for i in range(len(compact) - 2)}


def text_similarity(a: str, b: str) -> float:
    """Jaccard similarity of character trigrams, 0..1."""
    ta, tb = _trigrams(a), _trigrams(b)
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / len(ta | tb)


def summary_of(text: str, limit: int = 120) -> str:
    """The first non-empty line, cut to `limit` characters: what the list shows."""
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line if len(line) <= limit else line[: limit - 1] + "…"
    return ""
