# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import date

from odoo.fields import Command
from odoo.tests import new_test_user, tagged

from .common import PeopleMadeCase


@tagged("post_install", "-at_install")
class TestSalesLedger(PeopleMadeCase):
    """The sales ledger: one row per sold or returned quantity, its amounts
    from the sold line itself, its maker as it was when sold."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Ledger = cls.env["pm.sales.ledger"]
        cls.team = cls.env["crm.team"].create({"name": "Webshop"})

    @classmethod
    def _invoice(cls, lines, move_type="out_invoice", **kwargs):
        return super()._invoice(lines, move_type, team=cls.team, **kwargs)

    def _rows(self, move):
        return self.Ledger.search([("move_id", "=", move.id)], order="id")

    def test_invoice_rows_amounts_from_the_line(self):
        no_tax = self.env["account.tax"]
        shipping = self.env["product.product"].create(
            {"name": "Verzending", "type": "service", "list_price": 4.95}
        )
        # 21 % included in the price: the ledger takes it out as the line does
        included = self.env["account.tax"].create(
            {
                "name": "21 % incl. (test)",
                "amount": 21,
                "price_include_override": "tax_included",
            }
        )
        move = self._invoice(
            [
                (self.product_a, 12, 104.31, 99.99, no_tax),
                (self.product_a2, 3, 9.0, 100, no_tax),
                (self.product_b, 2, 24.2, 10, included),
                (self.product_own, 1, 2.0, 0, no_tax),
                (shipping, 1, 4.95, 0, no_tax),
            ]
        )
        rows = self._rows(move)
        own = rows.filtered(lambda r: r.product_id == self.product_own)
        self.assertEqual(
            (own.member_id, own.quantity, own.net_amount),
            (self.env["res.partner"], 1.0, 2.0),
            "People Made's own product is sold too, no member's",
        )
        rows -= own
        self.assertNotIn(shipping, rows.product_id, "shipping is not a sale")
        got = [
            (r.product_id, r.member_id, r.quantity, r.gross_amount, r.net_amount)
            for r in rows
        ]
        self.assertEqual(
            got,
            [
                # 12 × 104.31 = 1,251.72 before 99.99 % off, never rebuilt
                # from the rounded net of 0.13
                (self.product_a, self.member_a, 12.0, 1251.72, 0.13),
                # 100 % off: the price is kept
                (self.product_a2, self.member_a, 3.0, 27.0, 0.0),
                # 2 × 24.20 incl. 21 % = 40.00 excl., 36.00 after 10 % off
                (self.product_b, self.member_b, 2.0, 40.0, 36.0),
            ],
        )
        self.assertEqual(rows[0].discount_amount, 1251.59)
        self.assertTrue(all(r.team_id == self.team for r in rows))
        self.assertEqual(rows.mapped("date"), [date(2026, 10, 15)] * 3)
        self.assertEqual(set(rows.mapped("document")), {move.name})

    def test_foreign_currency_in_company_currency(self):
        company_currency = self.env.company.currency_id
        foreign = self.env.ref("base.USD")
        if foreign == company_currency:
            foreign = self.env.ref("base.EUR")
        foreign.active = True
        self.env["res.currency.rate"].create(
            {
                "name": "2026-10-01",
                "currency_id": foreign.id,
                "company_id": self.env.company.id,
                "rate": 1.1637,
            }
        )
        move = self._invoice(
            [(self.product_b, 3, 10.0, 50, self.env["account.tax"])],
            currency_id=foreign.id,
        )
        row = self._rows(move)
        rate = move.invoice_currency_rate
        self.assertAlmostEqual(row.gross_amount, round(30.0 / rate, 2), places=2)
        self.assertAlmostEqual(row.net_amount, -move.invoice_line_ids.balance)
        self.assertEqual(row.currency_id, self.env.company.currency_id)

    def test_credit_note_reverses_its_sale_and_keeps_the_maker(self):
        invoice = self._invoice([(self.product_a, 2, 12.0, 0, self.env["account.tax"])])
        sale = self._rows(invoice)
        # the product changes hands after the sale
        self.product_a.pm_member_id = self.member_b
        reversal = (
            self.env["account.move.reversal"]
            .with_context(active_model="account.move", active_ids=invoice.ids)
            .create({"date": date(2026, 11, 20), "journal_id": invoice.journal_id.id})
        )
        credit_note = self.env["account.move"].browse(reversal.refund_moves()["res_id"])
        credit_note.invoice_date = date(2026, 11, 20)
        credit_note.action_post()
        ret = self._rows(credit_note)
        self.assertEqual(
            (ret.quantity, ret.net_amount, ret.gross_amount, ret.is_return),
            (-2.0, -24.0, -24.0, True),
        )
        self.assertEqual(ret.reversed_id, sale)
        self.assertEqual(ret.reversed_date, date(2026, 10, 15))
        self.assertEqual(ret.member_id, self.member_a, "the maker of the sale")
        self.assertEqual(sale.member_id, self.member_a, "the maker when sold")
        # a credit note of nothing known: no sale to reverse
        orphan = self._invoice(
            [(self.product_b, 1, 5.0, 0, self.env["account.tax"])],
            move_type="out_refund",
        )
        self.assertFalse(self._rows(orphan).reversed_id)
        self.assertTrue(self._rows(orphan).is_return)

    def test_orders_count_through_their_invoice_only(self):
        self.assertTrue(
            self.env["ir.config_parameter"].sudo().get_param("sale.automatic_invoice"),
            "the webshop invoices every paid order at once",
        )
        order = self.env["sale.order"].create(
            {
                "partner_id": self.customer.id,
                "team_id": self.team.id,
                "order_line": [
                    Command.create(
                        {"product_id": self.product_b.id, "product_uom_qty": 2}
                    )
                ],
            }
        )
        order.action_confirm()
        domain = [("product_id", "=", self.product_b.id)]
        self.assertFalse(self.Ledger.search(domain), "an order is not a sale yet")
        order._force_lines_to_invoice_policy_order()
        invoice = order._create_invoices()
        self.assertFalse(self.Ledger.search(domain), "a draft invoice is no sale")
        invoice.action_post()
        rows = self.Ledger.search(domain)
        self.assertEqual(rows.move_id, invoice)
        self.assertEqual((rows.quantity, rows.net_amount), (2.0, 36.0))

    def test_portal_reads_the_ledger_of_its_own_member(self):
        today = date.today()
        move = self._invoice(
            [
                (self.product_a, 2, 12.0, 0, self.env["account.tax"]),
                (self.product_b, 1, 18.0, 0, self.env["account.tax"]),
            ],
            day=today,
        )
        refund = self._invoice(
            [(self.product_b, 1, 18.0, 0, self.env["account.tax"])],
            move_type="out_refund",
            day=today,
            reversed_entry_id=move.id,
        )
        self.assertEqual(self.member_a._pm_month_sales(today), (2.0, 24.0))
        self.assertEqual(self.member_b._pm_month_sales(today), (0.0, 0.0))
        self.assertEqual(
            self.member_b._pm_sold_lines(today, today).move_id, move | refund
        )
        user_b = new_test_user(self.env, login="ledger_b", groups="base.group_portal")
        user_b.pm_member_ids = self.member_b
        seen = self.Ledger.with_user(user_b).search(
            [("move_id", "in", (move | refund).ids)]
        )
        self.assertEqual(seen.member_id, self.member_b, "never another member's")
        self.assertEqual(len(seen), 2)
