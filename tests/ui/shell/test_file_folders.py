"""File dialogs open in the folder last used for that kind of file, and in Documents (or home) the
first time, never in the program's working folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from civicdesk_gui.ui.shell import file_folders


@pytest.fixture(autouse=True)
def own_settings(tmp_path):
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))


def test_each_purpose_remembers_its_folder(qtbot, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    first = file_folders.folder_for("export")
    assert first != Path(os.getcwd())
    exports, letters = tmp_path / "exports", tmp_path / "letters"
    exports.mkdir()
    letters.mkdir()
    file_folders.remember("export", exports / "cases-overdue-2026-11-30.csv")
    file_folders.remember("pdf", letters / "도로관리과-12.pdf")
    assert file_folders.folder_for("export") == exports
    assert file_folders.suggest("pdf", "x.pdf") == str(letters / "x.pdf")
    exports.rmdir()  # a folder gone since: back to the default, not an error
    assert file_folders.folder_for("export") == first
