# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""How the benchmarks start Odoo: on this repository's addons, against the
PostgreSQL that PGHOST, PGPORT, PGUSER and PGPASSWORD name (as `make test`)."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def odoo_options(db):
    """Odoo's options for database ``db``: this repository's addons (as
    `make run` passes them) and the PostgreSQL of the environment."""
    options = [
        f"--addons-path={ROOT},{ROOT / 'addons'}",
        f"--database={db}",
        f"--db-filter=^{db}$",
    ]
    for option, env in (
        ("--db_host", "PGHOST"),
        ("--db_user", "PGUSER"),
        ("--db_password", "PGPASSWORD"),
        ("--db_port", "PGPORT"),
    ):
        if os.environ.get(env):
            options.append(f"{option}={os.environ[env]}")
    return options


def odoo_command(db, *extra, subcommand=()):
    """The command line of Odoo on database ``db``, one worker, no cron."""
    return [
        sys.executable,
        "-m",
        "odoo",
        *subcommand,
        *odoo_options(db),
        "--workers=0",
        "--max-cron-threads=0",
        "--log-level=warn",
        *extra,
    ]


def odoo_shell(db, script):
    """Run ``script`` in `odoo shell` on ``db``; return what it printed."""
    return subprocess.run(
        odoo_command(db, "--no-http", subcommand=("shell",)),
        input=script,
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def new_database(db, modules, script, marker, demo=False):
    """Create ``db`` afresh with ``modules``, run ``script`` in it and return
    the words of the line it printed after ``marker``."""
    subprocess.run(["dropdb", "--if-exists", db], check=False)
    subprocess.run(
        odoo_command(
            db,
            f"--init={modules}",
            "--stop-after-init",
            "--with-demo" if demo else "--without-demo",
        ),
        check=True,
    )
    out = odoo_shell(db, script)
    line = next(line for line in out.splitlines() if line.startswith(marker))
    return line.split()[1:]


# `odoo shell` code the populate scripts start with: generating many rows
# through the ORM takes about 100 a second, copying them in SQL does not
COPY_ROWS = '''
def copy_rows(cr, table, copies, where, params, fresh=None):
    """``copies`` copies of the rows of ``table`` that match ``where`` (with
    ``params``), in SQL; ``fresh``: {column: SQL expression} for the columns
    each copy needs of its own (the id always)."""
    fresh = fresh or {}
    cr.execute(
        "SELECT column_name FROM information_schema.columns "
        "WHERE table_name = %s AND column_name <> ALL(%s)",
        (table, ["id", *fresh]),
    )
    columns = [f'"{name}"' for name, in cr.fetchall()]
    cr.execute(
        f"INSERT INTO {table} ({', '.join(columns + list(fresh))}) "
        f"SELECT {', '.join(columns + list(fresh.values()))} "
        f"FROM {table}, generate_series(1, %s) WHERE {where}",
        (copies, *params),
    )
'''
