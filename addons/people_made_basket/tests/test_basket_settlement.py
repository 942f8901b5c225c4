# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.exceptions import UserError
from odoo.tests import tagged

from ..models.pm_basket_share import pm_split_cents
from .common import BasketCase


@tagged("post_install", "-at_install")
class TestBasketSettlement(BasketCase):
    """A basket's net price shared over its items in proportion to their
    list prices, each share settled to its maker, the hub paid its fee, a
    return reversing every share."""

    def test_split_is_exact_and_deterministic(self):
        # 35.99 over 12, 18, 20: 8.6376, 12.9564, 14.392 -> rounded down
        # 8.63, 12.95, 14.39 and the two cents left to the largest rests
        self.assertEqual(pm_split_cents(3599, [12, 18, 20]), [864, 1296, 1439])
        self.assertEqual(pm_split_cents(-3599, [12, 18, 20]), [-864, -1296, -1439])
        # equal rests: the earlier item first
        self.assertEqual(pm_split_cents(100, [1, 1, 1]), [34, 33, 33])
        # no list prices: shared equally
        self.assertEqual(pm_split_cents(10, [0, 0]), [5, 5])

    def test_three_makers_discount_and_a_return(self):
        # two baskets at 39.99 € with 10 % off: 71.98 €; one returned: 35.99 €
        invoice = self._invoice([(self.basket, 2, 39.99, 10)])
        refund = self._invoice(
            [(self.basket, 1, 39.99, 10)],
            move_type="out_refund",
            reversed_entry_id=invoice.id,
        )
        Ledger = self.env["pm.sales.ledger"]
        sold = Ledger.search([("move_id", "=", invoice.id)])
        # the basket's line is sold through its items only: three makers and
        # the hub's fee, never a row of its own
        self.assertEqual(set(sold.mapped("source")), {"basket"})
        self.assertEqual(
            {
                row.member_id: (row.quantity, row.net_amount, row.gross_amount)
                for row in sold
            },
            {
                self.member_a: (2, 17.28, 19.20),
                self.member_b: (2, 25.91, 28.79),
                self.member_c: (4, 28.79, 31.99),
                self.member_hub: (2, 0.0, 0.0),
            },
        )
        self.assertAlmostEqual(sum(sold.mapped("net_amount")), 71.98, places=2)
        returned = Ledger.search([("move_id", "=", refund.id)])
        self.assertEqual(
            {row.member_id: (row.quantity, row.net_amount) for row in returned},
            {
                self.member_a: (-1, -8.64),
                self.member_b: (-1, -12.96),
                self.member_c: (-2, -14.39),
                self.member_hub: (-1, 0.0),
            },
        )
        # each return row reverses its own share of the sale
        for row in returned:
            self.assertEqual(row.reversed_id.member_id, row.member_id)
            self.assertEqual(row.reversed_id.move_id, invoice)

        settlements = self._run_makers()
        totals = {
            member: (s.net_total, s.payout_total, s.commission_total)
            for member, s in settlements.items()
        }
        # 25 %: A 17.28 -> 12.96 paid, its return -8.64 -> -6.48;
        # B 25.91 -> 19.43, -12.96 -> -9.72; C 28.79 -> 21.59, -14.39 -> -10.79
        self.assertEqual(
            totals,
            {
                self.member_a: (8.64, 6.48, 2.16),
                self.member_b: (12.95, 9.71, 3.24),
                self.member_c: (14.40, 10.80, 3.60),
                # the hub's fee, 2 × 2.50 − 2.50: People Made's cost
                self.member_hub: (0.0, 2.50, -2.50),
            },
        )
        # the shares add up to the net sale, to the cent
        net_sale = invoice.amount_untaxed - refund.amount_untaxed
        self.assertAlmostEqual(net_sale, 35.99, places=2)
        self.assertAlmostEqual(
            sum(s.net_total for s in settlements.values()), net_sale, places=2
        )
        hub_lines = settlements[self.member_hub].line_ids
        self.assertEqual(
            sorted(
                (
                    line.quantity,
                    line.net_amount,
                    line.rate,
                    line.payout,
                    line.commission,
                )
                for line in hub_lines
            ),
            [(-1, 0.0, 0.0, -2.5, 2.5), (2, 0.0, 0.0, 5.0, -5.0)],
        )
        self.assertFalse(hub_lines.rule_id, "an agreed fee follows no rule")

    def test_commission_rules_of_the_channel_apply_to_each_share(self):
        # B pays 10 % in the webshop: its share follows its own rule
        self.env["pm.commission.rule"].create(
            {"member_id": self.member_b.id, "team_id": self.webshop.id, "rate": 10}
        )
        self._invoice([(self.basket, 1, 39.99, 10)])
        settlements = self._run_makers()
        line_b = settlements[self.member_b].line_ids
        # 12.96 × 90 % = 11.664
        self.assertEqual(
            (line_b.net_amount, line_b.rate, line_b.payout), (12.96, 10, 11.66)
        )
        line_a = settlements[self.member_a].line_ids
        self.assertEqual(
            (line_a.net_amount, line_a.rate, line_a.payout), (8.64, 25, 6.48)
        )

    def test_contents_changed_after_the_sale_do_not_change_it(self):
        invoice = self._invoice([(self.basket, 1, 39.99, 0)])
        bom = self.env["mrp.bom"].search(
            [("product_tmpl_id", "=", self.basket.product_tmpl_id.id)]
        )
        bom.bom_line_ids.filtered(lambda l: l.product_id == self.product_c).unlink()
        refund = self._invoice(
            [(self.basket, 1, 39.99, 0)],
            move_type="out_refund",
            reversed_entry_id=invoice.id,
        )
        Ledger = self.env["pm.sales.ledger"]
        sold = Ledger.search([("move_id", "=", invoice.id)])
        returned = Ledger.search([("move_id", "=", refund.id)])
        self.assertEqual(
            sorted(returned.mapped("net_amount")),
            sorted(-n for n in sold.mapped("net_amount")),
        )
        self.assertIn(self.member_c, returned.member_id)

    def test_a_basket_without_contents_cannot_be_invoiced(self):
        empty = self.env["product.product"].create(
            {"name": "Lege mand", "type": "consu", "pm_hub_warehouse_id": self.hub.id}
        )
        with self.assertRaisesRegex(UserError, "no kit bill of materials"):
            self._invoice([(empty, 1, 20, 0)])
