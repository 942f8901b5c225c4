#!/usr/bin/env python3
# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Back up an Odoo database with its filestore into one dated archive, and
restore such an archive into a new database.

    python3 docker/backup.py backup --db people_made --data-dir DIR \\
        --dest backups [--keep 14]
    python3 docker/backup.py restore --file backups/people_made-....tar \\
        --db people_made_copy --data-dir DIR
    python3 docker/backup.py check --db DB --data-dir DIR

`make backup` / `make restore` and the `backup` service of docker-compose.yml
run it; `tests/run.py` runs `check` on the test database after the tests.

The archive (an uncompressed tar: the dump is compressed already, and so are
most attachments) holds ``dump.pgdump`` (pg_dump's custom format) and
``filestore/`` (the attachments Odoo keeps on disk, DIR/filestore/<db>).
``backup`` keeps the newest ``--keep`` archives of the database and deletes
older ones. ``restore`` refuses a database that exists. PostgreSQL is the one
PGHOST, PGPORT, PGUSER and PGPASSWORD name.
"""

import argparse
import datetime
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

DUMP = "dump.pgdump"
FILESTORE = "filestore"


def psql(db, query):
    return subprocess.run(
        ["psql", "-XtAq", "-d", db, "-c", query],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()


def database_exists(db):
    return psql("postgres", f"SELECT 1 FROM pg_database WHERE datname = '{db}'") == "1"


def backup(db, data_dir, dest, keep=14):
    """Write DEST/<db>-<UTC date and time>.tar; keep the newest ``keep``."""
    if not database_exists(db):
        sys.exit(f"no database {db}")
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y%m%d-%H%M%S")
    archive = dest / f"{db}-{stamp}.tar"
    filestore = Path(data_dir) / "filestore" / db
    with tempfile.TemporaryDirectory(dir=dest) as tmp:
        dump = Path(tmp) / DUMP
        subprocess.run(
            ["pg_dump", "--format=custom", "--no-owner", f"--file={dump}", db],
            check=True,
        )
        partial = archive.with_suffix(".tar.part")
        with tarfile.open(partial, "w") as tar:
            tar.add(dump, DUMP)
            if filestore.is_dir():
                tar.add(filestore, FILESTORE)
        # complete or absent: an interrupted backup leaves no .tar behind
        partial.rename(archive)
    archives = sorted(dest.glob(f"{db}-????????-??????.tar"))
    for old in archives[:-keep] if keep > 0 else []:
        old.unlink()
    return archive


def restore(file, db, data_dir):
    """Create database ``db`` and its filestore from the archive ``file``."""
    if database_exists(db):
        sys.exit(f"database {db} exists: restore into a new name")
    filestore = Path(data_dir) / "filestore" / db
    if filestore.exists():
        sys.exit(f"{filestore} exists: restore into a new name")
    with tempfile.TemporaryDirectory() as tmp, tarfile.open(file) as tar:
        tar.extractall(tmp, filter="data")
        subprocess.run(["createdb", db], check=True)
        subprocess.run(
            ["pg_restore", "--no-owner", "--exit-on-error", "-d", db, f"{tmp}/{DUMP}"],
            check=True,
        )
        if (Path(tmp) / FILESTORE).is_dir():
            filestore.parent.mkdir(parents=True, exist_ok=True)
            shutil.copytree(Path(tmp) / FILESTORE, filestore)
            owner = filestore.parent.stat()
            if os.geteuid() == 0 and owner.st_uid != 0:
                # restored as root (the backup service): Odoo's own user
                # writes in it next
                for path in [filestore, *filestore.rglob("*")]:
                    os.chown(path, owner.st_uid, owner.st_gid)


def record_counts(db):
    """Rows of every table of the database."""
    tables = psql(
        db,
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
        "ORDER BY tablename",
    ).split()
    query = " UNION ALL ".join(
        f"SELECT '{table}', count(*) FROM \"{table}\"" for table in tables
    )
    return dict(line.split("|") for line in psql(db, query).splitlines())


def check(db, data_dir):
    """Back ``db`` up, restore it under another name and compare: the rows
    of every table, and the bytes of an attachment kept in the filestore.
    Return a list of differences (empty when the copy is faithful)."""
    copy = f"{db}_restored"
    with tempfile.TemporaryDirectory() as dest:
        archive = backup(db, data_dir, dest, keep=1)
        if database_exists(copy):
            subprocess.run(["dropdb", copy], check=True)
        shutil.rmtree(Path(data_dir) / "filestore" / copy, ignore_errors=True)
        try:
            restore(archive, copy, data_dir)
            problems = []
            before, after = record_counts(db), record_counts(copy)
            if before != after:
                problems.append(
                    "record counts differ: "
                    + ", ".join(
                        f"{table} {before.get(table)} != {after.get(table)}"
                        for table in sorted(set(before) | set(after))
                        if before.get(table) != after.get(table)
                    )
                )
            fname = psql(
                db,
                "SELECT store_fname FROM ir_attachment WHERE store_fname IS NOT NULL"
                " ORDER BY file_size DESC, id LIMIT 1",
            )
            if not fname:
                problems.append("no attachment in the filestore to compare")
            else:
                original = Path(data_dir) / "filestore" / db / fname
                restored = Path(data_dir) / "filestore" / copy / fname
                if not restored.is_file() or (
                    original.read_bytes() != restored.read_bytes()
                ):
                    problems.append(f"attachment {fname} differs after restore")
            return problems
        finally:
            subprocess.run(["dropdb", "--if-exists", copy], check=False)
            shutil.rmtree(Path(data_dir) / "filestore" / copy, ignore_errors=True)


def default_data_dir():
    """Odoo's own default data directory (where `make run` and `make test`
    keep the filestore)."""
    try:
        from odoo.tools import config  # pylint: disable=import-outside-toplevel
    except ImportError:
        return os.path.expanduser("~/.local/share/Odoo")
    return config["data_dir"]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    for name in ("backup", "restore", "check"):
        command = commands.add_parser(name)
        command.add_argument("--db", required=True)
        command.add_argument("--data-dir", default=None)
        if name == "backup":
            command.add_argument("--dest", default="backups")
            command.add_argument("--keep", type=int, default=14)
        if name == "restore":
            command.add_argument("--file", required=True)
    args = parser.parse_args(argv)
    data_dir = args.data_dir or default_data_dir()
    if args.command == "backup":
        print(backup(args.db, data_dir, args.dest, args.keep))
    elif args.command == "restore":
        restore(args.file, args.db, data_dir)
        print(f"restored {args.file} into {args.db}")
    else:
        problems = check(args.db, data_dir)
        for problem in problems:
            print(problem)
        print("backup and restore: " + ("failed" if problems else "ok"))
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
