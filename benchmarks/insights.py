#!/usr/bin/env python3
# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Benchmark: the People Made dashboard's data and the yearly impact report
over three years of sales ledger rows (about 1,000,000).

Builds a database once (people_made_insights, without demo data, 40 members,
200 products of which a third circular with a composition): through the ORM
36 posted invoices of 25 lines, one a month over three years, on four
channels; then their product lines copied in SQL up to --lines (generating
them through the ORM would take hours). Then, after ANALYZE as in a live
database, it times:

- the dashboard's data: every read the dashboard's pivots and charts make
  (the totals, per kind of channel, per maker, the top products, per month,
  the waste diverted per waste stream, the self-funding per kind and year),
  for the last 12 months as its default period;
- the yearly impact report's figures (``pm.impact.report.wizard._pm_figures``)
  for the last of the three years, and its PDF's HTML.

Targets: each under 2 seconds. Usage (Odoo 19 importable, PostgreSQL as for
`make test`):

    python3 benchmarks/insights.py [--lines 1000000] [--keep] [--reuse]
"""

import argparse
import re
import subprocess

from odoo_process import COPY_ROWS, odoo_command, odoo_shell

POPULATE = """
# runs in `odoo shell`, which provides env
from datetime import date
from odoo.fields import Command
env = env(context=dict(env.context, tracking_disable=True))
members = env["res.partner"].create(
    [{"name": f"Bench atelier {i}", "is_company": True, "is_pm_member": True,
      "pm_kind": ("custom_workshop", "care_labour", "cooperative")[i %% 3]}
     for i in range(40)]
)
members.action_pm_activate()
cotton = env.ref("people_made_circular.material_cotton")
products = env["product.product"].create(
    [{"name": f"Bench product {i}", "list_price": 10 + i %% 17, "weight": 0.4,
      "pm_member_id": members[i %% len(members)].id,
      "pm_composition_ids": [Command.create(
          {"material_id": cotton.id, "share": 80, "origin": "reclaimed"}
      )] if i %% 3 == 0 else []}
     for i in range(200)]
)
Team = env["crm.team"]
teams = [Team.create({"name": name, "pm_channel_kind": kind}) for name, kind in (
    ("Webshop", "webshop"), ("MAAKBAR", "shop"), ("Markt", "market"),
    ("Display", "display"))]
customer = env["res.partner"].create({"name": "Bench klant"})
moves = env["account.move"].create([
    {"move_type": "out_invoice", "partner_id": customer.id,
     "invoice_date": date(2024 + i // 12, 1 + i %% 12, 10),
     "team_id": teams[i %% 4].id,
     "invoice_line_ids": [
         Command.create({"product_id": products[(i * 25 + j) %% 200].id,
                         "quantity": 1 + j %% 3, "price_unit": 9.99 + j,
                         "tax_ids": [Command.clear()]})
         for j in range(25)]}
    for i in range(36)
])
moves.action_post()
env.cr.commit()
copy_rows(
    env.cr, "account_move_line", max(%(lines)d // 900 - 1, 0),
    "display_type = 'product' AND move_id = ANY(%%s)", [moves.ids],
)
env.cr.commit()
print("LINES", env["pm.sales.ledger"].search_count([]))
"""

MEASURE = """
import time
from datetime import date
env.cr.execute("ANALYZE")
env.cr.commit()
Sale = env["pm.insights.sale"]
period = [("date", ">=", date(2026, 1, 1)), ("date", "<=", date(2026, 12, 31))]
aggregates = ["net_amount:sum", "circular_amount:sum", "commission:sum",
              "payout:sum", "quantity:sum"]


def dashboard():
    Sale._read_group(period, [], aggregates)
    Sale._read_group(period, ["channel_kind"], ["net_amount:sum"])
    Sale._read_group(period, ["member_id"], ["net_amount:sum", "commission:sum",
                                             "payout:sum"])
    Sale._read_group(period, ["product_tmpl_id"], ["net_amount:sum",
                                                   "quantity:sum"],
                     order="net_amount:sum desc", limit=10)
    Sale._read_group(period, ["date:month"], ["net_amount:sum"])
    env["pm.circular.impact"]._read_group(period, ["waste_stream_id"],
                                          ["diverted_kg:sum"])
    env["pm.insights.funding"]._read_group([], ["kind", "date:year"],
                                           ["amount:sum"])


def timed(call):
    times = []
    for _i in range(3):
        env.invalidate_all()
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return sorted(times)[1]


rows = env["pm.sales.ledger"].search_count([])
wizard = env["pm.impact.report.wizard"].create({"year": 2026})
data = timed(dashboard)
figures = timed(wizard._pm_figures)
html = timed(lambda: env["ir.actions.report"]._render_qweb_html(
    "people_made_insights.report_impact", wizard.ids))
print("RESULT", rows, f"{data:.3f}", f"{figures:.3f}", f"{html:.3f}")
"""


def build(db, lines):
    subprocess.run(["dropdb", "--if-exists", db], check=False)
    subprocess.run(
        odoo_command(
            db,
            "--init=people_made_insights",
            "--without-demo",
            "--stop-after-init",
            "--no-http",
        ),
        check=True,
    )
    out = odoo_shell(db, COPY_ROWS + POPULATE % {"lines": lines})
    print(next(line for line in out.splitlines() if line.startswith("LINES")))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--db", default="pm_bench_insights")
    parser.add_argument("--keep", action="store_true", help="keep the database")
    parser.add_argument(
        "--reuse", action="store_true", help="reuse the database of a previous run"
    )
    args = parser.parse_args()
    if not args.reuse:
        build(args.db, args.lines)
    out = odoo_shell(args.db, MEASURE)
    rows, data, figures, html = re.search(
        r"RESULT (\d+) ([\d.]+) ([\d.]+) ([\d.]+)", out
    ).groups()
    print(f"ledger rows: {rows}")
    print(f"dashboard data (last year, every pivot and chart): {data} s")
    print(f"impact report figures for a year: {figures} s; its HTML: {html} s")
    if not args.keep:
        subprocess.run(["dropdb", "--if-exists", args.db], check=False)


if __name__ == "__main__":
    main()
