#!/usr/bin/env python3
# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Benchmark: 1,000 People Made labels as PDF against Odoo's own product labels.

Renders, in the same run and the same database, 1,000 labels of People Made's
3 × 7 sheet (logo, name, price, maker, QR code) and 1,000 labels of Odoo's
"Product Label 2x7 (PDF)" report with price and barcode, each as a real PDF
through wkhtmltopdf, and prints both times and their ratio. Target: People
Made's under 10 seconds.

Run it against a database where people_made_circular is installed and an Odoo
HTTP server serves it (wkhtmltopdf fetches the report's assets), e.g.:

    make run DB=pm_bench &        # first start installs everything
    python3 benchmarks/labels.py --db pm_bench --url http://localhost:8069

It writes nothing to the database (the transaction is rolled back).
"""

import argparse
import json
import time

from odoo_process import odoo_options

import odoo
from odoo.modules.registry import Registry


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--url", default="http://localhost:8069", help="Odoo's URL")
    parser.add_argument("--labels", type=int, default=1000)
    parser.add_argument("--products", type=int, default=50)
    parser.add_argument("-c", "--config", help="Odoo configuration file")
    args = parser.parse_args()
    # the addons path and database of `make run` (a configuration file
    # first, so that they win over it)
    odoo.tools.config.parse_config(
        [*(["-c", args.config] if args.config else []), *odoo_options(args.db)]
    )
    registry = Registry(args.db)
    with registry.cursor() as cr:
        env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
        env["ir.config_parameter"].set_param("report.url", args.url)
        member = env["res.partner"].create(
            {"name": "Bench Atelier", "is_company": True, "is_pm_member": True}
        )
        member.action_pm_activate()
        products = env["product.product"].create(
            [
                {
                    "name": f"Benchproduct {i}",
                    "list_price": 10 + i,
                    "barcode": f"54{i:011d}",
                    "pm_member_id": member.id,
                }
                for i in range(args.products)
            ]
        )
        per_product = args.labels // args.products
        Report = env["ir.actions.report"].with_context(force_report_rendering=True)

        ours = env.ref("people_made_circular.action_report_pm_label_3x7")
        data = {"layout": "3x7", "quantities": [(p.id, per_product) for p in products]}
        start = time.perf_counter()
        pdf_ours, _kind = Report._render_qweb_pdf(ours, [], data)
        ours_s = time.perf_counter() - start

        layout = env["product.label.layout"].create(
            {
                "product_ids": [(6, 0, products.ids)],
                "custom_quantity": per_product,
                "print_format": "2x7xprice",
            }
        )
        xml_id, data = layout._prepare_report_data()
        # as the web client sends it: through JSON
        data = json.loads(json.dumps(data))
        start = time.perf_counter()
        pdf_odoo, _kind = Report._render_qweb_pdf(env.ref(xml_id), [], data)
        odoo_s = time.perf_counter() - start
        cr.rollback()

    total = per_product * args.products
    print(f"labels: {total} of {args.products} products")
    print(f"People Made 3x7 with QR codes: {ours_s:.2f} s ({len(pdf_ours)} bytes)")
    print(f"Odoo product labels 2x7:       {odoo_s:.2f} s ({len(pdf_odoo)} bytes)")
    print(f"ratio People Made / Odoo: {ours_s / odoo_s:.2f}")
    print("target (< 10 s):", "met" if ours_s < 10 else "NOT met")


if __name__ == "__main__":
    main()
