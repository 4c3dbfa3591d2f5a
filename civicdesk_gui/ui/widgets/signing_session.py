"""The certificate passphrase for this session: asked once when a letter is issued, kept in memory only.

Not stored in the database (see store/office_settings.py): whoever reads the database must not be
able to sign as the mayor.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from civicdesk_gui.documents.letters.signing import load_signer
from civicdesk_gui.errors import ValidationError
from civicdesk_gui.ui.shell import preferences

_passphrase: str | None = None


class SigningCancelled(Exception):
    """The user declined to enter the passphrase: nothing is issued."""


def forget_passphrase() -> None:
    global _passphrase
    _passphrase = None


def signer_for_issue(parent: QWidget | None):
    """A loaded signer when a certificate is configured, else None; asks the passphrase once per session."""
    global _passphrase
    path = preferences.get("letters.certificate_path")
    if not path:
        return None
    if _passphrase is None:
        text, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("SigningSession", "Sign letters"),
            QCoreApplication.translate("SigningSession", "Passphrase of the signing certificate {0}:").format(
                path
            ),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            raise SigningCancelled()
        _passphrase = text
    try:
        return load_signer(path, _passphrase)
    except ValidationError:
        forget_passphrase()  # ask again next time
        raise
