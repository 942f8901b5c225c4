# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import io
from datetime import timedelta

from freezegun import freeze_time
from openpyxl import load_workbook

from odoo.fields import Command
from odoo.tests import tagged

from .common import CircularCase


@tagged("post_install", "-at_install")
class TestImpact(CircularCase):
    def _invoice(self, move_type, qty, product=None):
        move = self.env["account.move"].create(
            {
                "move_type": move_type,
                "partner_id": self.supplier.id,
                "invoice_date": "2026-10-15",
                "invoice_line_ids": [
                    Command.create(
                        {
                            "product_id": (
                                product or self.product
                            ).product_variant_id.id,
                            "quantity": qty,
                            "price_unit": 18.0,
                        }
                    )
                ],
            }
        )
        move.action_post()
        return move

    def test_kg_diverted_by_sales_minus_refunds(self):
        Impact = self.env["pm.circular.impact"]
        domain = [("product_tmpl_id", "=", self.product.id)]
        self._invoice("out_invoice", 3)
        self._invoice("out_refund", 1)
        draft = self.env["account.move"].create(
            {
                "move_type": "out_invoice",
                "partner_id": self.supplier.id,
                "invoice_line_ids": [
                    Command.create(
                        {
                            "product_id": self.product.product_variant_id.id,
                            "quantity": 50,
                        }
                    )
                ],
            }
        )
        self.assertEqual(draft.state, "draft")
        rows = Impact.search(domain)
        # 3 sold, 1 refunded: 2 × 0.5 kg × 60 % reclaimed cotton
        self.assertAlmostEqual(sum(rows.mapped("diverted_kg")), 0.6)
        self.assertEqual(sum(rows.mapped("quantity")), 2)
        self.assertEqual(rows.material_id, self.cotton, "virgin cork is not counted")
        by_stream = Impact._pm_totals(domain, "waste_stream_id")
        self.assertAlmostEqual(by_stream[self.textile], 0.6)
        by_member = Impact._pm_totals(domain, "member_id")
        self.assertAlmostEqual(by_member[self.maker], 0.6)

    def test_past_figures_do_not_move_when_a_product_is_edited(self):
        Impact = self.env["pm.circular.impact"]
        domain = [("product_tmpl_id", "=", self.product.id)]
        self._invoice("out_invoice", 3)  # 15 October 2026
        # 3 × 0.5 kg × 60 % reclaimed cotton
        self.assertAlmostEqual(
            Impact._pm_totals(domain, "product_tmpl_id")[self.product], 0.9
        )
        later = self.env.company._pm_today() + timedelta(days=30)
        with freeze_time(later):
            self.product.weight = 2.0
            self.product.pm_composition_ids.filtered(
                lambda c: c.origin == "reclaimed"
            ).share = 50
        versions = self.env["pm.product.composition.version"].search(domain)
        self.assertCountEqual(versions.mapped("date_from"), [later, False])
        self.assertAlmostEqual(
            Impact._pm_totals(domain, "product_tmpl_id")[self.product],
            0.9,
            msg="October's sale counts with October's product",
        )
        move = self.env["account.move"].create(
            {
                "move_type": "out_invoice",
                "partner_id": self.supplier.id,
                "invoice_date": later,
                "invoice_line_ids": [
                    Command.create(
                        {
                            "product_id": self.product.product_variant_id.id,
                            "quantity": 1,
                            "price_unit": 18.0,
                        }
                    )
                ],
            }
        )
        move.action_post()
        rows = Impact.search(domain + [("date", "=", later)])
        self.assertAlmostEqual(sum(rows.mapped("diverted_kg")), 2.0 * 0.5)

    def test_unit_of_measure_is_converted(self):
        dozen = self.env.ref("uom.product_uom_dozen")
        move = self._invoice("out_invoice", 1)
        move.button_draft()
        move.invoice_line_ids.product_uom_id = dozen
        move.action_post()
        rows = self.env["pm.circular.impact"].search(
            [("product_tmpl_id", "=", self.product.id)]
        )
        self.assertAlmostEqual(sum(rows.mapped("diverted_kg")), 12 * 0.5 * 0.6)

    def test_units_count_once_with_two_reclaimed_materials(self):
        self.product.pm_composition_ids.filtered(
            lambda c: c.origin == "virgin"
        ).origin = "reclaimed"
        self._invoice("out_invoice", 4)
        self.env.flush_all()  # the report is an SQL view
        rows = self.env["pm.circular.impact"].search(
            [("product_tmpl_id", "=", self.product.id)]
        )
        self.assertEqual(len(rows), 2, "a row per reclaimed material")
        self.assertEqual(sum(rows.mapped("quantity")), 4)
        # 4 × 0.5 kg, all of it reclaimed now
        self.assertAlmostEqual(sum(rows.mapped("diverted_kg")), 2.0)

    def test_xlsx_export(self):
        self._invoice("out_invoice", 3)
        self._invoice("out_refund", 1)
        rows = self.env["pm.circular.impact"].search(
            [("product_tmpl_id", "=", self.product.id)]
        )
        report = self.env.ref(
            "people_made_circular.action_report_pm_circular_impact_xlsx"
        )
        content, kind = self.env["ir.actions.report"]._render(report, rows.ids)
        self.assertEqual(kind, "xlsx")
        book = load_workbook(io.BytesIO(content))
        self.assertEqual(
            book.sheetnames, ["Per month", "Per material", "Per maker", "Lines"]
        )
        material = list(book["Per material"].iter_rows(min_row=2, values_only=True))
        self.assertEqual(material[0][0], "Textile / Cotton")
        self.assertAlmostEqual(material[0][2], 0.6)
        self.assertEqual(material[-1][0], "Total")
        maker = list(book["Per maker"].iter_rows(min_row=2, values_only=True))
        self.assertEqual(maker[0][:2], ("Naaiatelier Test", 2))
        lines = list(book["Lines"].iter_rows(min_row=2, values_only=True))
        self.assertEqual(sorted(line[6] for line in lines), [-1, 3])
