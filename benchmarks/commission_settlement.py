#!/usr/bin/env python3
# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Benchmark: settling 100,000 sold lines of 40 members in one run, and a
member's portal overview over 50,000 rows of the sales ledger.

Builds a template database once (people_made_pos, hence the commission and
the sales ledger, and OCA's commission_oca installed, 40 members; through the
ORM 1,000 posted invoice lines, 100 credit note lines and 1,000 lines of paid
till orders in a closed session; then all of them copied in SQL up to --lines
in those proportions, about 83 % web invoices, 8 % refunds and 8 % till
lines: generating them all through the ORM would take about 100 lines a
second), copies it for each measurement and times, in the same run:

- People Made: `pm.settlement._pm_run` for the month, the set-based SQL run
  over the sales ledger that writes one settlement per member and every
  settled line;
- OCA: commission_oca's settlement step over the same lines: its settle
  wizard creates one `commission.settlement.line` per agent line through the
  ORM (commission_oca 19.0 ships no invoice source of its own, so its lines
  are created here the way its wizard does, with their date, commission and
  amount).

- the member portal's overview (``res.partner._pm_month_sales``: quantity
  and amount of the month, read from the ledger) of a member given 50,000 of
  the ledger's rows, median of 7 calls, against the same sums read straight
  from the invoice lines with the ORM (what the ledger adds to the query).

It prints the times and the ratios; the targets are under 5 seconds for the
run, at least 5 times faster than OCA, and under 300 ms for the overview. Usage (Odoo
19 importable, PostgreSQL as for `make test`, odoo-addon-commission_oca
installed from requirements-dev.txt):

    python3 benchmarks/commission_settlement.py [--lines 100000] [--keep]
"""

import argparse
import re
import subprocess

from odoo_process import COPY_ROWS, odoo_command, odoo_shell

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
# credit notes of some of those sales, the sale they reverse known
refunds = moves[:4]._reverse_moves(
    [{"invoice_date": date(2026, 10, 28)} for _m in moves[:4]]
)
refunds.action_post()
# a till: 40 paid orders of 25 lines in a closed session
config = env["pos.config"].create({"name": "Bench MAAKBAR"})
session = env["pos.session"].create({"config_id": config.id, "user_id": env.uid})
orders = env["pos.order"].create([
    {"session_id": session.id, "company_id": env.company.id,
     "date_order": f"2026-10-{1 + i %% 28:02d} 10:00:00",
     "amount_tax": 0, "amount_total": 0, "amount_paid": 0, "amount_return": 0,
     "lines": [
         Command.create({"product_id": products[(i * 25 + j) %% 200].id,
                         "qty": 1 + j %% 2, "price_unit": 12.5,
                         "discount": (0, 20)[j %% 2],
                         "price_subtotal": (1 + j %% 2) * 12.5 * (1, 0.8)[j %% 2],
                         "price_subtotal_incl": (1 + j %% 2) * 12.5 * (1, 0.8)[j %% 2],
                         "tax_ids": [Command.clear()]})
         for j in range(25)]}
    for i in range(40)
])
env.flush_all()
env.cr.execute("UPDATE pos_order SET state = 'paid' WHERE id = ANY(%%s)", (orders.ids,))
env.cr.execute("UPDATE pos_session SET state = 'closed' WHERE id = %%s", (session.id,))
env.cr.commit()
# copy the product lines in SQL up to the volume asked
cr = env.cr
copies = max(%(lines)d // 1200 - 1, 0)
copy_rows(
    cr, "account_move_line", copies,
    "display_type = 'product' AND move_id = ANY(%%s)", [(moves | refunds).ids],
)
copy_rows(
    cr, "pos_order_line", copies // 10, "order_id = ANY(%%s)", [orders.ids],
    fresh={"uuid": "gen_random_uuid()::varchar"},
)
env.cr.commit()
env.registry.clear_cache()
cr.execute("SELECT source, count(*) FROM (%%s) l GROUP BY source ORDER BY source"
           %% env["pm.sales.ledger"]._pm_ledger_query().code)
print("LINES", " ".join(f"{source}={count}" for source, count in cr.fetchall()))
"""

MEASURE = """
import time
from datetime import date
env = env(context=dict(env.context, tracking_disable=True))
env.cr.execute("ANALYZE")
env.cr.commit()
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

# the portal overview of a member given half of the ledger's rows
member = env["res.partner"].search([("name", "=", "Bench atelier 0")])
env.cr.execute("UPDATE account_move_line SET pm_member_id = %s "
               "WHERE pm_member_id IS NOT NULL AND id %% 2 = 0", (member.id,))
env.cr.execute("UPDATE pos_order_line SET pm_member_id = %s "
               "WHERE pm_member_id IS NOT NULL AND id %% 2 = 0", (member.id,))
# statistics as autovacuum keeps them in a live database: without them the
# planner takes the member's 50,000 rows for a handful
env.cr.execute("ANALYZE")
env.invalidate_all()
rows = env["pm.sales.ledger"].search_count([("member_id", "=", member.id)])
day = date(2026, 10, 31)


def median_ms(call):
    times = []
    for _i in range(7):
        env.invalidate_all()
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    return sorted(times)[3]


overview = median_ms(lambda: member._pm_month_sales(day))
plain = median_ms(lambda: env["account.move.line"]._read_group(
    [("pm_member_id", "=", member.id), ("parent_state", "=", "posted"),
     ("move_id.move_type", "in", ("out_invoice", "out_refund")),
     ("display_type", "=", "product"), ("date", ">=", date(2026, 10, 1)),
     ("date", "<=", day)],
    [], ["quantity:sum", "balance:sum"]))
env.cr.rollback()
print("RESULT", lines, f"{ours:.3f}", len(agent_lines), f"{oca:.3f}",
      rows, f"{overview:.1f}", f"{plain:.1f}")
"""


def build_template(lines):
    subprocess.run(["dropdb", "--if-exists", TEMPLATE], check=False)
    subprocess.run(
        odoo_command(
            TEMPLATE,
            "--init=people_made_pos,commission_oca",
            "--without-demo",
            "--stop-after-init",
            "--no-http",
        ),
        check=True,
    )
    out = odoo_shell(
        TEMPLATE, COPY_ROWS + POPULATE % {"members": MEMBERS, "lines": lines}
    )
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
    match = re.search(
        r"RESULT (\d+) ([\d.]+) (\d+) ([\d.]+) (\d+) ([\d.]+) ([\d.]+)", out
    )
    ours_lines, ours, oca_lines, oca, rows, overview, plain = match.groups()
    print(f"People Made: {ours_lines} ledger lines settled in {ours} s")
    print(f"commission_oca: {oca_lines} settlement lines created in {oca} s")
    print(f"ratio (OCA / People Made): {float(oca) / float(ours):.1f}")
    print(
        f"portal overview of a member with {rows} ledger rows: {overview} ms "
        f"(median of 7); the same sums from the invoice lines alone: {plain} ms; "
        f"ratio {float(overview) / float(plain):.2f}"
    )
    if not args.keep:
        for name in (db, TEMPLATE):
            subprocess.run(["dropdb", "--if-exists", name], check=False)


if __name__ == "__main__":
    main()
