#!/usr/bin/env python3
# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Benchmark: settling --lines gift basket sales (3 to 6 items each, so
4 to 7 ledger rows each with the hub's fee) against settling as many sales
of single products, each with `pm.settlement._pm_run` over one month.

Both sets of sales are posted invoices made through the ORM (100 lines per
invoice, no taxes; a basket's shares are written when its invoice is
posted), the basket sales a month after the single ones; the single ones
are settled and kept before the basket month is timed, so each run settles
only its own month. Target: the basket run takes at most twice the single
run. Usage (Odoo 19 importable, PostgreSQL as for `make test`):

    python3 benchmarks/basket_settlement.py [--lines 10000] [--from-db DB]
        [--db pm_bench_basket] [--keep]

--from-db copies a database where people_made_basket is installed instead of
creating one without demo data.
"""

import argparse
import re
import subprocess

from odoo_process import odoo_command, odoo_shell

DB = "pm_bench_basket"

MEASURE = """
# runs in `odoo shell`, which provides env
import time
from datetime import date
from odoo.fields import Command
env = env(context=dict(env.context, tracking_disable=True))
N = %(lines)d
members = env["res.partner"].create(
    [{"name": f"Bench maker {i}", "is_company": True, "is_pm_member": True}
     for i in range(30)]
)
members.action_pm_activate()
products = env["product.product"].create(
    [{"name": f"Bench item {i}", "list_price": 5 + i %% 23, "is_storable": True,
      "pm_member_id": members[i %% 30].id} for i in range(120)]
)
hub = env["stock.warehouse"].create(
    {"name": "Bench hub", "code": "BHUB", "partner_id": members[0].id}
)
baskets = env["product.product"].create(
    [{"name": f"Bench basket {i}", "type": "consu", "list_price": 40 + i,
      "pm_hub_warehouse_id": hub.id, "pm_hub_fee": 2.5} for i in range(20)]
)
env["mrp.bom"].create([
    {"product_tmpl_id": basket.product_tmpl_id.id, "type": "phantom",
     "bom_line_ids": [
         Command.create({"product_id": products[(i * 7 + j * 31) %% 120].id,
                         "product_qty": 1 + j %% 2})
         for j in range(3 + i %% 4)]}
    for i, basket in enumerate(baskets)
])
customer = env["res.partner"].create({"name": "Bench klant"})


def invoice(sold, day):
    for start in range(0, N, 100):
        move = env["account.move"].create({
            "move_type": "out_invoice", "partner_id": customer.id,
            "invoice_date": day,
            "invoice_line_ids": [
                Command.create({"product_id": sold[k %% len(sold)].id,
                                "quantity": 1, "price_unit": 19.99 + k %% 13,
                                "discount": (0, 10, 0, 25)[k %% 4],
                                "tax_ids": [Command.clear()]})
                for k in range(start, min(start + 100, N))],
        })
        move.action_post()
    env.flush_all()


invoice(products, date(2020, 1, 15))
start = time.perf_counter()
invoice(baskets, date(2020, 2, 15))
posting = time.perf_counter() - start
env.cr.commit()
env.cr.execute("ANALYZE")
Ledger = env["pm.sales.ledger"]


def run(month):
    day_to = date(2020, month, 28)
    start = time.perf_counter()
    settlements = env["pm.settlement"]._pm_run(date(2020, month, 1), day_to)
    env.flush_all()
    elapsed = time.perf_counter() - start
    return elapsed, sum(len(s.line_ids) for s in settlements)


single, single_rows = run(1)
env.cr.commit()
basket, basket_rows = run(2)
env.cr.rollback()
print("RESULT", N, f"{single:.3f}", single_rows, f"{basket:.3f}", basket_rows,
      f"{posting:.1f}")
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=10_000)
    parser.add_argument("--from-db", help="copy this database instead")
    parser.add_argument("--db", default=DB, help="the scratch database")
    parser.add_argument("--keep", action="store_true", help="keep the database")
    args = parser.parse_args()
    db = args.db
    subprocess.run(["dropdb", "--if-exists", db], check=False)
    if args.from_db:
        subprocess.run(["createdb", "-T", args.from_db, db], check=True)
    else:
        subprocess.run(
            odoo_command(
                db,
                "--init=people_made_basket",
                "--without-demo",
                "--stop-after-init",
                "--no-http",
            ),
            check=True,
        )
    out = odoo_shell(db, MEASURE % {"lines": args.lines})
    match = re.search(r"RESULT (\d+) ([\d.]+) (\d+) ([\d.]+) (\d+) ([\d.]+)", out)
    lines, single, single_rows, basket, basket_rows, posting = match.groups()
    print(f"{lines} single-product sales: {single_rows} lines settled in {single} s")
    print(
        f"{lines} basket sales: {basket_rows} lines settled in {basket} s "
        f"(their invoices posted, shares written, in {posting} s)"
    )
    print(f"ratio (baskets / single products): {float(basket) / float(single):.2f}")
    if not args.keep:
        subprocess.run(["dropdb", "--if-exists", db], check=False)


if __name__ == "__main__":
    main()
