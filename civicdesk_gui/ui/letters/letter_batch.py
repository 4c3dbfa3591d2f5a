""" "Issue all pending letters" for the selected cases, in the background with progress and Cancel.

Each letter is its own transaction (actions.letters.issue_pending_letters), so Cancel between letters
leaves every letter fully issued or not at all. The result: one PDF per case and one combined PDF.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from civicdesk_gui.errors import CivicDeskError
from civicdesk_gui.ui.letters import ops
from civicdesk_gui.ui.letters.letter_printing import print_pdf
from civicdesk_gui.ui.letters.signing_session import SigningCancelled, signer_for_issue
from civicdesk_gui.ui.shell.background import Job
from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.shell.error_dialog import show_error


class LetterBatch(QObject):
    """One batch run; `finished` carries (result, combined path or None, per-case paths)."""

    finished = Signal(object, object, object)

    def __init__(
        self, context: AppContext, case_ids: list[int], folder: Path, language: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.context, self.case_ids, self.folder, self.language = context, case_ids, folder, language
        self.parent_widget = parent
        self.job: Job | None = None
        self.progress: QProgressDialog | None = None

    def start(self, signer=None) -> None:
        total = len(self.case_ids)
        self.progress = QProgressDialog(
            self.tr("Issuing {0} letters…").format(total), self.tr("Cancel"), 0, total, self.parent_widget
        )
        self.progress.setWindowTitle(self.tr("Issue letters"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.canceled.connect(self._cancel)
        self.job = (
            ops.issue_pending_letters(
                parent=self.parent_widget,
                actor=self.context.actor,
                case_ids=list(self.case_ids),
                language=self.language,
                folder=self.folder,
                signer=signer,
            )
            .progress(self._progress)
            .success(self._done)
            .cancelled(self._cancelled)
            .finally_(self._close_progress)
            .run_in_background()
        )

    def _cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _progress(self, done: int, total: int, text: str) -> None:
        if self.progress is not None:
            self.progress.setValue(done)
            self.progress.setLabelText(self.tr("Issued {0} of {1}: {2}").format(done, total, text))

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self._cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _done(self, batch: ops.IssuedBatch) -> None:
        self._close_progress()
        self.finished.emit(batch.result, batch.combined, batch.paths)

    def _cancelled(self) -> None:
        self._close_progress()
        QMessageBox.information(
            self.parent_widget,
            self.tr("Issue letters"),
            self.tr("Cancelled. Letters issued before the cancel stay issued; see the Issued letters list."),
        )


def start_batch(
    context: AppContext,
    case_ids: list[int],
    language: str,
    parent: QWidget | None,
    folder: Path | None = None,
) -> LetterBatch | None:
    """Ask for the output folder (unless given) and the passphrase if signing, then run the batch."""
    if not case_ids:
        return None
    if folder is None:
        chosen = QFileDialog.getExistingDirectory(
            parent, QCoreApplication.translate("LetterBatch", "Folder for the letter PDFs")
        )
        if not chosen:
            return None
        folder = Path(chosen)
    try:
        signer = signer_for_issue(parent)
    except SigningCancelled:
        return None
    except CivicDeskError as exc:
        show_error(parent, exc)
        return None
    batch = LetterBatch(context, case_ids, folder, language, parent)
    batch.finished.connect(lambda result, combined, paths: _report(parent, result, combined, paths))
    batch.start(signer)
    return batch


def _report(
    parent: QWidget | None, result: ops.BatchResult, combined: Path | None, paths: list[Path]
) -> None:
    lines = [
        QCoreApplication.translate("LetterBatch", "{0} letters issued into {1}.").format(
            len(result.issued), paths[0].parent if paths else ""
        )
    ]
    for number, message in result.failed:
        lines.append(f"{number}: {message}")
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("LetterBatch", "Issue letters"))
    box.setIcon(QMessageBox.Icon.Warning if result.failed else QMessageBox.Icon.Information)
    box.setText("\n".join(lines))
    print_button = None
    if result.issued:
        print_button = box.addButton(
            QCoreApplication.translate("LetterBatch", "Print all…"), QMessageBox.ButtonRole.ActionRole
        )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if print_button is not None and box.clickedButton() is print_button:
        data = combined.read_bytes() if combined else result.issued[0].pdf
        print_pdf(data, parent)
