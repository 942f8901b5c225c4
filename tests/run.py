#!/usr/bin/env python3
# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Install the People Made addons in a fresh database and run their tests.

Odoo's own runner executes the at_install and post_install tests (browser tours
included); this script drives it, reads its log and decides:

* every failed or erroring test fails the run;
* a skipped test fails the run (a tour skipped for want of a browser or of
  websocket-client is a tour that did not run), except a test skipped because
  the database has no demo data when demo data was explicitly left out;
* every WARNING, ERROR or CRITICAL line in Odoo's log fails the run unless a
  pattern of ``tests/checklog-ignore.txt`` allows it (the way OCA's
  checklog-odoo does).

It ends with the line ``N passed, N failed``.
"""

import argparse
import ast
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IGNORE_FILE = Path(__file__).resolve().parent / "checklog-ignore.txt"
ODOO_MISSING = (
    "Odoo 19 is not importable by {python}: install Odoo 19 Community as a Python "
    "package (pip install -e <odoo-19-source>) or use the official odoo:19 Docker "
    "image (docker compose up)."
)

LOG_LINE = re.compile(
    r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d+ \d+ (?P<level>[A-Z]+) (?P<db>\S+) "
    r"(?P<logger>\S+): (?P<message>.*)$"
)
SKIP_LINE = re.compile(r"^skipped (?P<test>.+?) : (?P<reason>.*)$")
REPORT_LINE = re.compile(
    r"(?P<failures>\d+) failed, (?P<errors>\d+) error\(s\) of (?P<tests>\d+) tests "
    r"when loading database"
)
FAIL_LINE = re.compile(r"^(FAIL|ERROR): (?P<test>\S+)")
DEMO_SKIP = "demo data not loaded"


def check_odoo():
    """Return the Odoo version, or exit with one clear line if it is missing."""
    try:
        from odoo import release  # pylint: disable=import-outside-toplevel
    except ImportError:
        sys.exit(ODOO_MISSING.format(python=sys.executable))
    if release.version_info[0] != 19:
        sys.exit(
            f"Odoo {release.version} is installed, People Made needs Odoo 19: "
            + ODOO_MISSING.format(python=sys.executable)
        )
    return release.version


def discover_addons(root=ROOT):
    """The People Made addons: the domain addons at the root, the rest in addons/."""
    found = {}
    for folder in (root, root / "addons"):
        for manifest in sorted(folder.glob("*/__manifest__.py")):
            # literal_eval: reading a manifest must not run its code
            data = ast.literal_eval(manifest.read_text(encoding="utf-8"))
            if data.get("installable", True):
                found[manifest.parent.name] = manifest.parent
    return found


def addons_path(root=ROOT):
    """The folders that hold People Made addons, for Odoo's --addons-path.

    All of them, whichever addons are tested: an addon depends on others."""
    return sorted({str(path.parent) for path in discover_addons(root).values()})


def load_ignores(path=IGNORE_FILE):
    patterns = []
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                patterns.append(re.compile(line))
    return patterns


class LogReport:
    """What a test run's log says: counts, failures, skips and unexpected lines."""

    def __init__(self, ignores=(), allow_demo_skips=False):
        self.ignores = list(ignores)
        self.allow_demo_skips = allow_demo_skips
        self.tests = self.failures = self.errors = 0
        self.reported = False
        self.failed_tests = []
        self.skips = []
        self.allowed_skips = []
        self.unexpected = []

    def feed(self, line):
        line = line.rstrip("\n")
        match = LOG_LINE.match(line)
        if not match:
            return
        level, message = match["level"], match["message"]
        report = REPORT_LINE.search(message)
        if report:
            self.reported = True
            self.tests += int(report["tests"])
            self.failures += int(report["failures"])
            self.errors += int(report["errors"])
            if report["tests"] == "0":
                self.unexpected.append(line)
            return
        skip = SKIP_LINE.match(message)
        if skip:
            if self.allow_demo_skips and DEMO_SKIP in skip["reason"]:
                self.allowed_skips.append(skip["test"])
            else:
                self.skips.append(f"{skip['test']}: {skip['reason']}")
            return
        failed = FAIL_LINE.match(message)
        if failed and level == "ERROR":
            # counted by Odoo's summary line already
            self.failed_tests.append(failed["test"])
            return
        if level in ("WARNING", "ERROR", "CRITICAL") and not any(
            pattern.search(line) for pattern in self.ignores
        ):
            self.unexpected.append(line)

    @property
    def failed(self):
        # an unexpected log line fails the run like a failed test does
        return self.failures + self.errors + len(self.skips) + len(self.unexpected)

    @property
    def passed(self):
        skipped = len(self.skips) + len(self.allowed_skips)
        return self.tests - self.failures - self.errors - skipped

    def ok(self, returncode):
        return returncode == 0 and self.reported and self.tests > 0 and not self.failed


class Echo:
    """Print the lines worth reading as they come: problems, tests, progress.

    The whole log is in the log file; the terminal gets warnings and errors
    (with their tracebacks), the tests that start, tour results and each
    module loaded, unless ``--verbose`` asks for everything.
    """

    INTERESTING = re.compile(
        r"odoo\.tests|\.tests\.|Loading module|odoo\.service\.server"
    )

    def __init__(self, verbose=False):
        self.verbose = verbose
        self.printing = True

    def __call__(self, line):
        match = LOG_LINE.match(line)
        if match:
            self.printing = (
                self.verbose
                or match["level"] != "INFO"
                or bool(
                    self.INTERESTING.search(match["logger"] + " " + match["message"])
                )
            )
        if self.printing:
            sys.stdout.write(line)
            sys.stdout.flush()


def odoo_command(args, addons, db, python=sys.executable):
    tags = args.tags or ",".join(f"/{name}" for name in addons)
    command = [
        python,
        "-m",
        "odoo",
        f"--addons-path={','.join(addons_path())}",
        f"--database={db}",
        f"--init={','.join(addons)}",
        "--test-enable",
        f"--test-tags={tags}",
        "--stop-after-init",
        "--no-database-list",
        "--http-interface=127.0.0.1",
        f"--http-port={args.http_port}",
        "--workers=0",
        "--max-cron-threads=0",
        "--log-level=info",
        f"--screenshots={args.artifacts}",
        f"--load-language={args.languages}" if args.languages else None,
        "--without-demo" if args.without_demo else "--with-demo",
    ]
    for option, env in (
        ("--db_host", "PGHOST"),
        ("--db_port", "PGPORT"),
        ("--db_user", "PGUSER"),
        ("--db_password", "PGPASSWORD"),
    ):
        if os.environ.get(env):
            command.append(f"{option}={os.environ[env]}")
    return [part for part in command if part]


def drop_database(db):
    if shutil.which("dropdb"):
        subprocess.run(["dropdb", "--if-exists", db], check=False)


def backup_check(db):
    """`make backup` and `make restore` on the tested database: back it up,
    restore it under another name, compare rows and an attachment's bytes."""
    sys.path.insert(0, str(ROOT / "docker"))
    import backup  # pylint: disable=import-outside-toplevel

    print(f"Backing up {db}, restoring it as {db}_restored and comparing", flush=True)
    try:
        return backup.check(db, backup.default_data_dir())
    except (OSError, subprocess.CalledProcessError, SystemExit) as error:
        return [f"{type(error).__name__}: {error}"]


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--addons",
        help="comma-separated addons to test (default: every People Made addon)",
    )
    parser.add_argument(
        "--tags", help="Odoo --test-tags (default: the tests of the installed addons)"
    )
    parser.add_argument("--db", help="database name (default: a fresh pm_test_<time>)")
    parser.add_argument("--keep-db", action="store_true", help="keep the database")
    parser.add_argument(
        "--no-backup-check",
        action="store_true",
        help="skip the backup round trip on the test database after the tests",
    )
    parser.add_argument(
        "--without-demo",
        action="store_true",
        help="install without demo data (tests that need it are skipped)",
    )
    parser.add_argument(
        "--languages",
        default="",
        help="languages to load before testing, e.g. nl_BE,fr_BE",
    )
    parser.add_argument(
        "--http-port", type=int, default=int(os.environ.get("PM_TEST_PORT", "8169"))
    )
    parser.add_argument(
        "--verbose", action="store_true", help="print all of Odoo's log"
    )
    parser.add_argument(
        "--artifacts",
        default=str(ROOT / ".artifacts"),
        help="where the log and tour screenshots go",
    )
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    version = check_odoo()
    available = discover_addons()
    addons = args.addons.split(",") if args.addons else sorted(available)
    unknown = [name for name in addons if name not in available]
    if unknown:
        sys.exit(f"Unknown People Made addon(s): {', '.join(unknown)}")
    db = args.db or f"pm_test_{int(time.time())}"
    Path(args.artifacts).mkdir(parents=True, exist_ok=True)
    log_path = Path(args.artifacts) / f"{db}.log"

    drop_database(db)
    command = odoo_command(args, addons, db)
    print(f"Odoo {version}: installing {', '.join(addons)} in {db}", flush=True)
    report = LogReport(load_ignores(), allow_demo_skips=args.without_demo)
    started = time.time()
    with (
        open(log_path, "w", encoding="utf-8") as log,
        subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            cwd=ROOT,
        ) as process,
    ):
        echo = Echo(args.verbose)
        for line in process.stdout:
            log.write(line)
            report.feed(line)
            echo(line)
        returncode = process.wait()
    backup_problems = []
    if not args.no_backup_check and report.reported:
        backup_problems = backup_check(db)
    if not args.keep_db:
        drop_database(db)

    print(f"\nOdoo log: {log_path} ({time.time() - started:.0f} s)")
    if not report.reported:
        print("Odoo did not report any test result (did it crash?)")
    for name in report.failed_tests:
        print(f"failed: {name}")
    for skip in report.skips:
        print(f"skipped, counted as failed: {skip}")
    for name in report.allowed_skips:
        print(f"skipped (no demo data): {name}")
    if report.unexpected:
        print(f"{len(report.unexpected)} unexpected line(s) in Odoo's log:")
        for line in report.unexpected:
            print(f"  {line[:500]}")
    passed, failed = report.passed, report.failed
    if not args.no_backup_check and report.reported:
        for problem in backup_problems:
            print(f"backup and restore: {problem}")
        passed, failed = passed + (not backup_problems), failed + bool(backup_problems)
    print(f"{passed} passed, {failed} failed")
    return 0 if report.ok(returncode) and not backup_problems else 1


if __name__ == "__main__":
    sys.exit(main())
