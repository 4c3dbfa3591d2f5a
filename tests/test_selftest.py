"""`civicdesk --selftest`: run as IT staff would (a separate process, offscreen), every check named with
ok or skipped and exit 0; a failing check is named and makes the exit status 1."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from civicdesk_gui.selftest import CHECKS, Check, Skipped, run_selftest

ROOT = Path(__file__).resolve().parent.parent


def test_the_selftest_passes_in_its_own_process(tmp_path):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        # Desk preferences and the default data folder of a throwaway home: the selftest must not
        # need (or touch) anything of the user's.
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    result = subprocess.run(
        [sys.executable, "-m", "civicdesk_gui", "--selftest"],
        cwd=tmp_path,  # resources are found from the package, not the working directory
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("CivicDesk ") and "selftest" in lines[0]
    for check in CHECKS:
        assert any(line.split(":")[0].split(maxsplit=1)[-1] == check.name for line in lines[1:]), check.name
    assert any(line.startswith("ok      letter: letter 도로관리과-1") for line in lines)
    assert any(line.startswith("ok      main window: 7 screens") for line in lines)
    assert any(line.startswith("ok      briefing: morning briefing of 2026-10-05") for line in lines)
    assert lines[-1].startswith("selftest passed (") and lines[-1].endswith(" ok, 0 skipped, 0 failed)")
    assert not (tmp_path / "data").exists()  # nothing written to the user's data folder


def test_the_selftest_checks_korean_on_a_desk_that_chose_english(tmp_path):
    """The desk's own settings say English: the selftest still checks (and loads) the Korean
    translations, in a settings file of its own, and leaves the desk's settings as they were."""
    config = tmp_path / "config" / "CivicDesk"
    config.mkdir(parents=True)
    desk_settings = config / "CivicDesk.conf"
    desk_settings.write_text("[ui]\nlanguage=en\n\n[settings]\nversion=2\n", encoding="utf-8")
    before = desk_settings.read_bytes()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    result = subprocess.run(
        [sys.executable, "-m", "civicdesk_gui", "--selftest"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert any(
        line.startswith("ok      main window: ") and "Korean translations loaded" in line
        for line in result.stdout.splitlines()
    )
    assert desk_settings.read_bytes() == before
    assert sorted(p.name for p in config.iterdir()) == ["CivicDesk.conf"]


def test_a_failing_check_is_named_and_exits_1():
    def broken(_run):
        raise OSError("disk on fire")

    def skipped(_run):
        raise Skipped("not in this build")

    out, err = io.StringIO(), io.StringIO()
    checks = [Check("first", lambda _run: "fine"), Check("broken", broken), Check("later", skipped)]
    assert run_selftest(out, err, checks) == 1
    text = out.getvalue()
    assert "ok      first: fine" in text
    assert "FAILED  broken: OSError: disk on fire" in text
    assert "skipped later: not in this build" in text
    assert text.splitlines()[-1] == "selftest FAILED (1 ok, 1 skipped, 1 failed): broken"
    assert "Traceback" in err.getvalue()  # for whoever reads the log; stdout stays one line a check


def test_nothing_failing_exits_0():
    out = io.StringIO()
    assert run_selftest(out, io.StringIO(), [Check("only", lambda _run: "fine")]) == 0
    assert out.getvalue().splitlines()[-1] == "selftest passed (1 ok, 0 skipped, 0 failed)"
