# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import timedelta

from odoo import fields
from odoo.tests import tagged

from odoo.addons.point_of_sale.tests.test_frontend import TestPointOfSaleHttpCommon

from .common import PmPosMixin


@tagged("post_install", "-at_install")
class TestPosTour(PmPosMixin, TestPointOfSaleHttpCommon):
    """The till in a browser: the makers on the tiles and the receipt, the
    makers' stock after a sale and a refund."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._pm_setup(cls.main_pos_config)
        cls.env.company.write(
            {
                "pm_legal_model": "commissionaire",
                "pm_commission_rate": 25.0,
                "pm_payout_minimum": 0.0,
            }
        )
        cls.shop_rule = cls.env["pm.commission.rule"].create(
            {"member_id": cls.member_a.id, "team_id": cls.maakbar.id, "rate": 30}
        )
        cls._put(cls.product_a, 5, cls.member_a)
        cls._put(cls.product_b, 3, cls.member_b)
        cls._put(cls.product_own, 10)

    def test_sell_two_makers_and_refund_one_line(self):
        self.main_pos_config.with_user(self.pos_user).open_ui()
        self.start_pos_tour("people_made_pos_makers")
        session = self.main_pos_config.current_session_id
        orders = session.order_ids.sorted("id")
        self.assertEqual(len(orders), 2)
        sale, refund = orders
        self.assertEqual(
            sorted(
                (line.product_id.name, line.qty, line.pm_member_id.name or "")
                for line in sale.lines
            ),
            [
                ("Cadeauverpakking", 1, ""),
                ("Kurken onderzetter", 1, "Atelier Kurk"),
                ("Linnen theedoek", 2, "De Vlaspit"),
            ],
        )
        self.assertEqual(
            [(line.product_id, line.qty, line.pm_member_id) for line in refund.lines],
            [(self.product_a, -1, self.member_a)],
        )
        session.post_closing_cash_details(0)
        session.close_session_from_ui()
        self.assertEqual(session.state, "closed")
        self.assertEqual(self._owners(self.product_a), {self.member_a: 4})
        self.assertEqual(self._owners(self.product_b), {self.member_b: 2})
        self.assertEqual(self._owners(self.product_own), {False: 9})
        # the closed session is settled per maker, with the shop's channel
        today = fields.Date.context_today(self.env.user)
        settlements = self.env["pm.settlement"]._pm_run(
            today - timedelta(days=1), today + timedelta(days=1)
        )
        vlaspit = settlements.filtered(lambda s: s.member_id == self.member_a)
        kurk = settlements.filtered(lambda s: s.member_id == self.member_b)
        self.assertEqual(vlaspit.line_ids.team_id, self.maakbar)
        self.assertEqual(vlaspit.line_ids.rule_id, self.shop_rule)
        # 2 × 12.50 sold, 1 refunded: 12.50 net, 30 % commission
        self.assertEqual(
            (vlaspit.net_total, vlaspit.commission_total, vlaspit.payout_total),
            (12.5, 3.75, 8.75),
        )
        # 8.00 at the default 25 %
        self.assertEqual((kurk.net_total, kurk.payout_total), (8.0, 6.0))
        self.assertFalse(settlements.filtered(lambda s: not s.member_id.is_pm_member))
