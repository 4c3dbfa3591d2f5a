""" "Issue all pending letters" for the selected cases, in the background with progress and Cancel.

The chosen folder is checked first (exists, takes a new file, has room), before the passphrase is
asked and before anything is issued. Each letter is its own transaction
(actions.letter_batch.issue_pending_letters) and its file is written from the stored bytes right
after it, so Cancel between letters leaves every letter fully issued or not at all. The result: one
PDF per case (and the files earlier batches still owed) and one combined PDF.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from civicdesk_gui.errors import CivicDeskError
from civicdesk_gui.file_checks import check_output_folder
from civicdesk_gui.queries.letters import batch_room_needed, owed_letter_ids, stored_size
from civicdesk_gui.ui.letters import ops
from civicdesk_gui.ui.letters.letter_printing import print_pdf
from civicdesk_gui.ui.shell.background import Job
from civicdesk_gui.ui.shell.context import AppContext
from civicdesk_gui.ui.shell.error_dialog import show_error
from civicdesk_gui.ui.shell.error_text import describe
from civicdesk_gui.ui.widgets.signing_session import SigningCancelled, signer_for_issue


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

    def _done(self, result: ops.BatchResult) -> None:
        self._close_progress()
        self.finished.emit(result, result.combined, result.paths)

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
    if not folder_ready(folder, len(case_ids), parent):
        return None
    if not confirm_issue(len(case_ids), folder, parent):
        return None
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


def confirm_issue(count: int, folder: Path, parent: QWidget | None) -> bool:
    """Issuing is final (register numbers are taken, the letters are mailed): ask with the count."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("LetterBatch", "Issue letters"),
        QCoreApplication.translate(
            "LetterBatch", "Issue {0} letters now? Each gets its register number and its PDF in {1}."
        ).format(count, folder),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def folder_ready(folder: Path, new_letters: int, parent: QWidget | None) -> bool:
    """The folder can take the letters' files (and the combined copy): said before anything is issued."""
    try:
        needed = stored_size(owed_letter_ids()) + batch_room_needed(new_letters)
        check_output_folder(folder, needed_bytes=2 * needed)
    except CivicDeskError as exc:
        show_error(parent, exc)
        return False
    return True


def report_text(result: ops.BatchResult, paths: list[Path]) -> str:
    """What the batch did, in the desk's language: failures and a stop said by their messages."""
    translate = QCoreApplication.translate
    lines = [
        translate("LetterBatch", "{0} letters issued into {1}.").format(
            len(result.issued), paths[0].parent if paths else ""
        )
    ]
    earlier = len(result.earlier_files)
    if earlier:
        lines.append(
            translate("LetterBatch", "{0} letters issued earlier got the files they were missing.").format(
                earlier
            )
        )
    for failure in result.failed:
        lines.append(f"{failure.case_number}: {describe(failure.error)}")
    if result.stopped is not None:
        lines.append(
            translate(
                "LetterBatch",
                "The batch stopped: {0} The letters issued so far keep their place; their missing files "
                "are written by the next batch.",
            ).format(describe(result.stopped))
        )
    return "\n".join(lines)


def _report(
    parent: QWidget | None, result: ops.BatchResult, combined: Path | None, paths: list[Path]
) -> None:
    translate = QCoreApplication.translate
    problem = bool(result.failed or result.stopped)
    box = QMessageBox(parent)
    box.setWindowTitle(translate("LetterBatch", "Issue letters"))
    box.setIcon(QMessageBox.Icon.Warning if problem else QMessageBox.Icon.Information)
    box.setText(report_text(result, paths))
    print_button = None
    if paths:
        print_button = box.addButton(
            translate("LetterBatch", "Print all…"), QMessageBox.ButtonRole.ActionRole
        )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if print_button is not None and box.clickedButton() is print_button:
        data = combined.read_bytes() if combined else paths[0].read_bytes()
        print_pdf(data, parent)
