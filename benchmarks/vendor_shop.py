#!/usr/bin/env python3
# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Benchmark: the webshop with People Made's makers against the plain webshop.

Creates two databases, one with people_made_vendor and one with only Odoo's
website_sale, fills each with 40 member organisations and 2,000 published
products in 40 categories, serves each with Odoo on loopback, and times the
server's answer (median of --rounds requests after a warm-up) of:

- the shop's category page, the same URL in both databases;
- a maker's page (/makers/<slug>, with this addon) against the shop page of
  that maker's category (without it: the closest page that lists one maker's
  products).

It prints both medians and the ratio (with / without); the target is at most
1.10. Usage (Odoo 19 importable, PostgreSQL as for `make test`):

    python3 benchmarks/vendor_shop.py [--keep] [--rounds 30]
"""

import argparse
import statistics
import subprocess
import time

import requests
from odoo_process import new_database, odoo_command

MEMBERS, PRODUCTS = 40, 2000

POPULATE = """
# runs in `odoo shell`, which provides env
with_addon = "pm_member_id" in env["product.template"]._fields
categories = env["product.public.category"].create(
    [{"name": f"Bench categorie {i}"} for i in range(%(members)d)]
)
partners = env["res.partner"].create(
    [{"name": f"Bench atelier {i}", "is_company": True, "city": "Leuven",
      **({"is_pm_member": True} if with_addon else {})} for i in range(%(members)d)]
)
if with_addon:
    partners.action_pm_activate()
per = %(products)d // %(members)d
vals = []
for i, (partner, categ) in enumerate(zip(partners, categories)):
    for j in range(per):
        values = {"name": f"Bench product {i}-{j}", "list_price": 5 + j,
                  "is_published": True, "public_categ_ids": [(6, 0, categ.ids)]}
        if with_addon:
            values["pm_member_id"] = partner.id
        vals.append(values)
env["product.template"].create(vals)
slug = env["ir.http"]._slug
shop = f"/shop/category/{slug(categories[7])}"
print("URLS", shop, f"/makers/{slug(partners[7])}" if with_addon else shop)
env.cr.commit()
"""


def prepare(db, modules):
    script = POPULATE % {"members": MEMBERS, "products": PRODUCTS}
    return new_database(db, modules, script, "URLS")


def median_ms(url, rounds):
    for _ in range(3):
        requests.get(url, timeout=60)
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        response = requests.get(url, timeout=60)
        times.append((time.perf_counter() - start) * 1000)
        response.raise_for_status()
    return statistics.median(times)


def measure(db, urls, port, rounds):
    server = subprocess.Popen(
        odoo_command(db, "--http-interface=127.0.0.1", f"--http-port={port}"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(120):
            try:
                requests.get(f"http://127.0.0.1:{port}/web/health", timeout=10)
                break
            except requests.RequestException:
                time.sleep(1)
        return [median_ms(f"http://127.0.0.1:{port}{url}", rounds) for url in urls]
    finally:
        server.terminate()
        server.wait(timeout=30)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--keep", action="store_true", help="keep the databases")
    args = parser.parse_args()
    with_db, without_db = "pm_bench_vendor", "pm_bench_plain"
    urls_with = prepare(with_db, "people_made_vendor")
    urls_without = prepare(without_db, "website_sale")
    shop_with, maker_with = measure(with_db, urls_with, 8291, args.rounds)
    shop_without, maker_without = measure(without_db, urls_without, 8292, args.rounds)
    print(f"{MEMBERS} members, {PRODUCTS} published products; median of {args.rounds}")
    print(
        f"shop category page: {shop_with:.1f} ms with, {shop_without:.1f} ms "
        f"without: ratio {shop_with / shop_without:.2f}"
    )
    print(
        f"maker page: {maker_with:.1f} ms, its maker's category page without the "
        f"addon {maker_without:.1f} ms: ratio {maker_with / maker_without:.2f}"
    )
    if not args.keep:
        for db in (with_db, without_db):
            subprocess.run(["dropdb", "--if-exists", db], check=False)


if __name__ == "__main__":
    main()
