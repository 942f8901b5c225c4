#!/usr/bin/env python3
# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Benchmark: settling 100,000 sold lines of 40 members in one run.

Builds a template database once (people_made_commission and OCA's
commission_oca installed, 40 members, 1,000 posted invoice lines made through
the ORM, then copied in SQL up to --lines: generating them all through the
ORM would take about 100 lines a second), copies it for each measurement and
times, in the same run:

- People Made: `pm.settlement._pm_run` for the month, the set-based SQL run
  that writes one settlement per member and every settled line;
- OCA: commission_oca's settlement step over the same lines: its settle
  wizard creates one `commission.settlement.line` per agent line through the
  ORM (commission_oca 19.0 ships no invoice source of its own, so its lines
  are created here the way its wizard does, with their date, commission and
  amount).

It prints both times and the ratio (OCA / People Made); the target is under
10 seconds for People Made and at least 5 times faster than OCA. Usage (Odoo
19 importable, PostgreSQL as for `make test`, odoo-addon-commission_oca
installed from requirements-dev.txt):

    python3 benchmarks/commission_settlement.py [--lines 100000] [--keep]
"""

import argparse
import re
import subprocess

from odoo_process import odoo_command, odoo_shell

TEMPLATE = "pm_bench_commission_tpl"
MEMBERS = 40

POPULATE = """
# runs in `odoo shell`, which provides env
from datetime import date
from odoo.fields import Command
env = env(context=dict(env.context, tracking_disable=True))
members = env["res.partner"].create(
    [{"name": f"Bench atelier {i}", "is_company": True, "is_pm_member": True}
     for i in range(%(members)d)]
)
members.action_pm_activate()
products = env["product.product"].create(
    [{"name": f"Bench product {i}", "list_price": 10 + i %% 17,
      "pm_member_id": members[i %% len(members)].id} for i in range(200)]
)
customer = env["res.partner"].create({"name": "Bench klant"})
moves = env["account.move"].create([
    {"move_type": "out_invoice", "partner_id": customer.id,
     "invoice_date": date(2026, 10, 1 + i %% 28),
     "invoice_line_ids": [
         Command.create({"product_id": products[(i * 25 + j) %% 200].id,
                         "quantity": 1 + j %% 3, "price_unit": 9.99 + j,
                         "discount": (0, 10, 0, 25)[j %% 4],
                         "tax_ids": [Command.clear()]})
         for j in range(25)]}
    for i in range(40)
])
moves.action_post()
env.cr.commit()
# copy the product lines in SQL up to the volume asked
cr = env.cr
cr.execute(
    "SELECT column_name FROM information_schema.columns "
    "WHERE table_name = 'account_move_line' AND column_name != 'id'"
)
columns = ", ".join(f'"{c}"' for c, in cr.fetchall())
copies = max(%(lines)d // 1000 - 1, 0)
cr.execute(
    f"INSERT INTO account_move_line ({columns}) "
    f"SELECT {columns} FROM account_move_line, generate_series(1, %%s) "
    "WHERE display_type = 'product' AND move_id = ANY(%%s)",
    (copies, moves.ids),
)
env.cr.commit()
cr.execute("SELECT count(*) FROM account_move_line WHERE display_type = 'product'")
print("LINES", cr.fetchone()[0])
"""

MEASURE = """
import time
from datetime import date
env = env(context=dict(env.context, tracking_disable=True))
start = time.perf_counter()
settlements = env["pm.settlement"]._pm_run(date(2026, 10, 1), date(2026, 10, 31))
env.flush_all()
ours = time.perf_counter() - start
lines = sum(settlements.mapped("line_count"))
env.cr.rollback()

# commission_oca: its settle wizard's step, one ORM record per agent line
env.cr.execute(
    "SELECT aml.id, aml.date, -aml.balance, pt.pm_member_id "
    "FROM account_move_line aml "
    "JOIN product_product pp ON pp.id = aml.product_id "
    "JOIN product_template pt ON pt.id = pp.product_tmpl_id "
    "WHERE aml.display_type = 'product' AND pt.pm_member_id IS NOT NULL"
)
agent_lines = env.cr.fetchall()
start = time.perf_counter()
commission = env["commission"].create({"name": "Bench 25 %%", "fix_qty": 25})
agents = {member for *_x, member in agent_lines}
settlement_of = {
    agent: env["commission.settlement"].create({
        "agent_id": agent, "date_from": date(2026, 10, 1),
        "date_to": date(2026, 10, 31), "settlement_type": "manual",
    }).id
    for agent in agents
}
env["commission.settlement.line"].create([
    {"settlement_id": settlement_of[agent], "date": day,
     "settled_amount": round(net * 0.25, 2), "commission_id": commission.id}
    for _id, day, net, agent in agent_lines
])
env.flush_all()
oca = time.perf_counter() - start
env.cr.rollback()
print("RESULT", lines, f"{ours:.3f}", len(agent_lines), f"{oca:.3f}")
"""


def build_template(lines):
    subprocess.run(["dropdb", "--if-exists", TEMPLATE], check=False)
    subprocess.run(
        odoo_command(
            TEMPLATE,
            "--init=people_made_commission,commission_oca",
            "--without-demo",
            "--stop-after-init",
            "--no-http",
        ),
        check=True,
    )
    out = odoo_shell(TEMPLATE, POPULATE % {"members": MEMBERS, "lines": lines})
    print(next(line for line in out.splitlines() if line.startswith("LINES")))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=100_000)
    parser.add_argument("--keep", action="store_true", help="keep the databases")
    parser.add_argument(
        "--reuse", action="store_true", help="reuse the template of a previous run"
    )
    args = parser.parse_args()
    if not args.reuse:
        build_template(args.lines)
    db = "pm_bench_commission"
    subprocess.run(["dropdb", "--if-exists", db], check=False)
    subprocess.run(["createdb", "-T", TEMPLATE, db], check=True)
    out = odoo_shell(db, MEASURE)
    match = re.search(r"RESULT (\d+) ([\d.]+) (\d+) ([\d.]+)", out)
    ours_lines, ours, oca_lines, oca = match.groups()
    print(f"People Made: {ours_lines} lines settled in {ours} s")
    print(f"commission_oca: {oca_lines} settlement lines created in {oca} s")
    print(f"ratio (OCA / People Made): {float(oca) / float(ours):.1f}")
    if not args.keep:
        for name in (db, TEMPLATE):
            subprocess.run(["dropdb", "--if-exists", name], check=False)


if __name__ == "__main__":
    main()
