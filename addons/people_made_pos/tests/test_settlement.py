# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import timedelta

from psycopg2 import IntegrityError

from odoo import fields
from odoo.tests import tagged
from odoo.tools import mute_logger

from .common import PosMakersCase


@tagged("post_install", "-at_install")
class TestPosSettlement(PosMakersCase):
    """Closed sessions' lines are settled per maker with the till's channel."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company.write(
            {
                "pm_legal_model": "commissionaire",
                "pm_commission_rate": 25.0,
                "pm_payout_minimum": 0.0,
            }
        )
        # the shop's channel: 30 % for A; B pays the default 25 %
        cls.shop_rule = cls.env["pm.commission.rule"].create(
            {"member_id": cls.member_a.id, "team_id": cls.maakbar.id, "rate": 30}
        )
        cls.env["pm.commission.rule"].create({"member_id": cls.member_a.id, "rate": 10})
        today = fields.Date.context_today(cls.env.user)
        cls.d_from = today.replace(day=1) - timedelta(days=31)
        # the orders' day in Brussels may be tomorrow in UTC's terms
        cls.d_to = today + timedelta(days=1)

    def _run(self):
        settlements = self.env["pm.settlement"]._pm_run(self.d_from, self.d_to)
        return settlements.filtered(
            lambda s: s.member_id in self.member_a | self.member_b
        ).sorted(lambda s: s.member_id.name)

    def _totals(self, settlement):
        return (
            settlement.net_total,
            settlement.commission_total,
            settlement.payout_total,
        )

    def test_closed_sessions_are_settled_with_the_channel_rule(self):
        self.open_new_session()
        # B's at 10 % off (the helper leaves discounts out of its totals)
        order = self._sell(
            [
                (self.product_a, 2),
                {
                    "product": self.product_b,
                    "quantity": 1,
                    "discount": 10.0,
                    "price_subtotal": 7.2,
                    "price_subtotal_incl": 7.2,
                },
            ]
        )
        line_a = order.lines.filtered(lambda line: line.product_id == self.product_a)
        self._refund(line_a, 1)
        self.assertFalse(self._run(), "an open session is not settled yet")
        self._close()
        kurk, vlaspit = self._run()
        self.assertEqual(
            (kurk.member_id, vlaspit.member_id), (self.member_b, self.member_a)
        )
        # A: 2 × 12.50 sold, 1 refunded, at the shop's 30 %
        self.assertEqual(len(vlaspit.line_ids), 2)
        self.assertEqual(vlaspit.line_ids.rule_id, self.shop_rule)
        self.assertEqual(vlaspit.line_ids.team_id, self.maakbar)
        self.assertEqual(
            sorted(
                vlaspit.line_ids.mapped(lambda l: (l.quantity, l.net_amount, l.payout))
            ),
            [(-1.0, -12.5, -8.75), (2.0, 25.0, 17.5)],
        )
        self.assertEqual(self._totals(vlaspit), (12.5, 3.75, 8.75))
        self.assertEqual(
            vlaspit.line_ids.pos_order_line_id.order_id.session_id, self.pos_session
        )
        # B: 8.00 with 10 % off = 7.20 at the default 25 %: 5.40
        self.assertEqual(self._totals(kurk), (7.2, 1.8, 5.4))
        self.assertFalse(self._run(), "a line is settled once")
        # cancelling frees the lines
        kurk.action_cancel()
        self.assertEqual(
            self._run().line_ids.pos_order_line_id, kurk.line_ids.pos_order_line_id
        )

    def test_invoiced_orders_come_through_their_invoice(self):
        self.open_new_session()
        order = self._sell(
            [(self.product_b, 2)], customer=self.customer, is_invoiced=True
        )
        self.assertTrue(order.account_move)
        self._close()
        settlement = self._run()
        self.assertEqual(len(settlement.line_ids), 1, "settled once, not twice")
        self.assertEqual(settlement.line_ids.move_line_id.move_id, order.account_move)
        self.assertFalse(settlement.line_ids.pos_order_line_id)
        self.assertEqual(self._totals(settlement), (16.0, 4.0, 12.0))

    def test_the_database_refuses_a_second_settlement(self):
        self.open_new_session()
        self._sell([(self.product_a, 1)])
        self._close()
        line = self._run().line_ids
        with (
            self.assertRaises(IntegrityError),
            mute_logger("odoo.sql_db"),
            self.env.cr.savepoint(),
        ):
            self.env.cr.execute(
                """
                INSERT INTO pm_settlement_line (settlement_id, ledger_id,
                    date, net_amount, payout, commission)
                VALUES (%s, %s, '2026-10-15', 12.5, 8.75, 3.75)
                """,
                (line.settlement_id.id, line.ledger_id.id),
            )
