"""Password hashing: argon2id (memory-hard), through argon2-cffi's defaults (64 MiB, 3 passes).

Only the hash is stored. Verifying takes a few tens of milliseconds by design; a login that does not
exist is verified against a dummy hash all the same, so the time taken does not tell which logins exist."""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_HASHER = PasswordHasher()


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    """The encoded argon2id hash (parameters and salt included). `salt` only for the demo generator,
    whose same seed must give the same database; otherwise a fresh random salt."""
    return _HASHER.hash(password, salt=salt)


@cache
def _dummy_hash() -> str:
    return _HASHER.hash("not a password of anyone")


def verify_password(stored: str, password: str) -> bool:
    """True when `password` matches `stored`; an empty `stored` (no password set) never matches."""
    try:
        return _HASHER.verify(stored or _dummy_hash(), password) and bool(stored)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored: str) -> bool:
    """After a change of parameters, the next successful sign-in stores a fresh hash."""
    try:
        return _HASHER.check_needs_rehash(stored)
    except InvalidHashError:
        return True
