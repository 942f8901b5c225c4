# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Self-tests of the test harness: what it counts and what fails a run."""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import run

PREFIX = "2026-11-23 06:48:35,089 9825 {level} pm_test odoo.{logger}: {message}"


def line(message, level="INFO", logger="modules.loading"):
    return PREFIX.format(level=level, logger=logger, message=message)


def feed(report, *lines):
    for text in lines:
        report.feed(text + "\n")
    return report


def test_green_run_counts_tests():
    report = feed(
        run.LogReport(),
        line("Loading module people_made (69/69)"),
        line(
            "0 failed, 0 error(s) of 13 tests when loading database 'pm_test'",
            logger="tests.result",
        ),
    )
    assert (report.passed, report.failed) == (13, 0)
    assert report.ok(0)


def test_failures_and_errors_count_once():
    report = feed(
        run.LogReport(),
        line("FAIL: TestMember.test_x", level="ERROR", logger="addons.pm.tests"),
        line("ERROR: TestMember.test_y", level="ERROR", logger="addons.pm.tests"),
        line(
            "1 failed, 1 error(s) of 5 tests when loading database 'pm_test'",
            level="ERROR",
            logger="tests.result",
        ),
    )
    assert (report.passed, report.failed) == (3, 2)
    assert report.failed_tests == ["TestMember.test_x", "TestMember.test_y"]
    assert not report.ok(1)


def test_skipped_tour_fails_the_run():
    report = feed(
        run.LogReport(),
        line(
            "skipped TestTour.test_tour : websocket-client module is not installed",
            logger="addons.pm.tests",
        ),
        line("0 failed, 0 error(s) of 2 tests when loading database 'x'"),
    )
    assert report.failed == 1
    assert report.passed == 1
    assert not report.ok(0)


def test_demo_skip_allowed_only_without_demo():
    skip = line("skipped TestDemo.test_a : demo data not loaded")
    summary = line("0 failed, 0 error(s) of 1 tests when loading database 'x'")
    assert not feed(run.LogReport(), skip, summary).ok(0)
    tolerant = feed(run.LogReport(allow_demo_skips=True), skip, summary)
    assert tolerant.ok(0)
    assert (tolerant.passed, tolerant.failed) == (0, 0)


def test_unexpected_warning_fails_unless_ignored():
    warning = line("Killing chrome descendants-or-self of 42", level="WARNING")
    other = line("Module people_made demo data failed to install", level="WARNING")
    summary = line("0 failed, 0 error(s) of 1 tests when loading database 'x'")
    ignores = [re.compile(r"WARNING .* Killing chrome descendants-or-self")]
    report = feed(run.LogReport(ignores), warning, other, summary)
    assert report.unexpected == [other]
    assert report.failed == 1
    assert not report.ok(0)


def test_no_summary_or_no_test_fails():
    assert not feed(run.LogReport(), line("Loading module base")).ok(0)
    empty = feed(
        run.LogReport(),
        line(
            "0 failed, 0 error(s) of 0 tests when loading database 'x'",
            level="WARNING",
        ),
    )
    assert not empty.ok(0)


def test_crash_fails_even_when_tests_passed():
    report = feed(
        run.LogReport(), line("0 failed, 0 error(s) of 3 tests when loading database")
    )
    assert not report.ok(255)


def test_ignore_file_is_valid():
    patterns = run.load_ignores()
    assert patterns, "tests/checklog-ignore.txt has no pattern"


def test_discover_addons(tmp_path):
    for path, manifest in (
        ("people_made_vendor", "{'name': 'V'}"),
        ("addons/people_made", "{'name': 'P', 'installable': True}"),
        ("addons/old", "{'name': 'O', 'installable': False}"),
    ):
        folder = tmp_path / path
        folder.mkdir(parents=True)
        (folder / "__manifest__.py").write_text(manifest)
    found = run.discover_addons(tmp_path)
    assert sorted(found) == ["people_made", "people_made_vendor"]
    assert run.addons_path(tmp_path) == [str(tmp_path), str(tmp_path / "addons")]


def test_echo_prints_problems_and_tests_only(capsys):
    echo = run.Echo()
    echo(line("loading base/data/res_bank.xml") + "\n")
    echo(line("Loading module sale (3/9)") + "\n")
    echo(line("Starting TestMember.test_x ...", logger="addons.pm.tests.test_member"))
    echo("\n" + line("boom", level="WARNING") + "\n")
    echo("Traceback (most recent call last):\n")
    echo(line("loading base/views/x.xml") + "\n")
    echo("  continuation of a quiet line\n")
    out = capsys.readouterr().out
    assert "res_bank" not in out and "x.xml" not in out and "quiet" not in out
    assert "Loading module sale" in out and "Starting TestMember" in out
    assert "boom" in out and "Traceback" in out
