"""Qt's own words in Korean: message-box and file-dialog buttons read 예/아니요/취소/열기, which needs
Qt's qtbase_ko translation shipped beside PySide6 and installed at start-up (ui/app.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox


def _plain(text: str) -> str:
    """'예(&Y)' → '예': the mnemonic is Qt's, the word is the translation."""
    return text.split("(&")[0].replace("&", "").strip()


def test_qtbase_korean_is_installed(korean):
    loaded = [Path(t.filePath()).name for t in korean._civicdesk_translators]
    assert "qtbase_ko.qm" in loaded, loaded


def test_a_message_box_answers_in_korean(qtbot, korean):
    box = QMessageBox(QMessageBox.Icon.Question, "CivicDesk", "질문")
    box.setStandardButtons(
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel
        | QMessageBox.StandardButton.Open
    )
    qtbot.addWidget(box)
    words = {
        button: _plain(box.button(button).text())
        for button in (
            QMessageBox.StandardButton.Yes,
            QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Open,
        )
    }
    assert words == {
        QMessageBox.StandardButton.Yes: "예",
        QMessageBox.StandardButton.No: "아니요",
        QMessageBox.StandardButton.Cancel: "취소",
        QMessageBox.StandardButton.Open: "열기",
    }
    close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(close)
    assert _plain(close.button(QDialogButtonBox.StandardButton.Close).text()) == "닫기"


def test_a_file_dialog_opens_in_korean(qtbot, korean, tmp_path):
    dialog = QFileDialog(None, "열 파일", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own dialog: what Qt translates
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    qtbot.addWidget(dialog)
    buttons = dialog.findChild(QDialogButtonBox)
    texts = {_plain(button.text()) for button in buttons.buttons()}
    assert texts == {"열기", "취소"}


def test_without_the_korean_preference_qt_speaks_english(qtbot, qapp):
    box = QMessageBox()
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    assert _plain(box.button(QMessageBox.StandardButton.Yes).text()) == "Yes"
