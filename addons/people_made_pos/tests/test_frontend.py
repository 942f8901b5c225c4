# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import timedelta

from odoo import fields
from odoo.tests import tagged

from odoo.addons.point_of_sale.tests.test_frontend import TestPointOfSaleHttpCommon


@tagged("post_install", "-at_install")
class TestPosTour(TestPointOfSaleHttpCommon):
    """The till in a browser: the makers on the tiles and the receipt, the
    makers' stock after a sale and a refund."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # People Made's staff run the shops
        cls.env.user.group_ids |= cls.env.ref("people_made.group_pm_manager")
        Partner = cls.env["res.partner"]
        cls.member_a, cls.member_b = Partner.create(
            [
                {
                    "name": name,
                    "is_company": True,
                    "is_pm_member": True,
                    "pm_fulfilment": "shop",
                    "email": email,
                }
                for name, email in (
                    ("De Vlaspit", "vlaspit@example.com"),
                    ("Atelier Kurk", "kurk@example.com"),
                )
            ]
        )
        (cls.member_a | cls.member_b).action_pm_activate()
        Product = cls.env["product.product"]
        common = {
            "is_storable": True,
            "available_in_pos": True,
            "taxes_id": [(5, 0, 0)],
        }
        cls.product_a = Product.create(
            {
                **common,
                "name": "Linnen theedoek",
                "list_price": 12.5,
                "pm_member_id": cls.member_a.id,
            }
        )
        cls.product_b = Product.create(
            {
                **common,
                "name": "Kurken onderzetter",
                "list_price": 8.0,
                "pm_member_id": cls.member_b.id,
            }
        )
        cls.product_own = Product.create(
            {**common, "name": "Cadeauverpakking", "list_price": 2.0}
        )
        cls.location = cls.main_pos_config.picking_type_id.default_location_src_id
        # the shop's channel, with its own rule for De Vlaspit
        cls.maakbar = cls.env["crm.team"].create(
            {"name": "MAAKBAR", "pm_channel_kind": "shop"}
        )
        cls.main_pos_config.crm_team_id = cls.maakbar
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
        Quant = cls.env["stock.quant"]
        Quant._update_available_quantity(
            cls.product_a, cls.location, 5, owner_id=cls.member_a
        )
        Quant._update_available_quantity(
            cls.product_b, cls.location, 3, owner_id=cls.member_b
        )
        Quant._update_available_quantity(cls.product_own, cls.location, 10)

    def _owners(self, product):
        result = {}
        for quant in self.env["stock.quant"].search(
            [
                ("product_id", "=", product.id),
                ("location_id", "child_of", self.location.id),
            ]
        ):
            key = quant.owner_id or False
            result[key] = result.get(key, 0.0) + quant.quantity
        return {owner: qty for owner, qty in result.items() if qty}

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
