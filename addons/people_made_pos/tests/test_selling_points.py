# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from psycopg2 import IntegrityError

from odoo import fields
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged
from odoo.tools import mute_logger

from .common import PosMakersCase


@tagged("post_install", "-at_install")
class TestSellingPoints(PosMakersCase):
    def test_kind_is_the_channel(self):
        self.assertEqual(self.config.pm_channel_kind, "shop")
        self.config.pm_channel_kind = "pop_up"
        self.assertEqual(self.maakbar.pm_channel_kind, "pop_up")

    def test_till_data_carries_the_makers(self):
        self.open_new_session()
        data = self.pos_session.load_data(["pos.config", "product.template"])
        makers = data["pos.config"][0]["_pm_maker_names"]
        self.assertEqual(makers[self.member_a.id], "De Vlaspit")
        by_id = {product["id"]: product for product in data["product.template"]}
        self.assertEqual(
            by_id[self.product_a.product_tmpl_id.id]["_pm_member_id"], self.member_a.id
        )
        self.assertFalse(by_id[self.product_own.product_tmpl_id.id]["_pm_member_id"])

    def _offered(self):
        ProductTemplate = self.env["product.template"]
        domain = ProductTemplate._load_pos_data_domain({}, self.config)
        return (
            ProductTemplate.search(domain)
            & (self.product_a | self.product_b | self.product_own).product_tmpl_id
        )

    def test_market_stall_offers_products_of_members_present(self):
        self.assertEqual(len(self._offered()), 3, "a shop offers everything")
        self.config.pm_channel_kind = "market"
        today = self.config.company_id._pm_today()
        Rota = self.env["pm.market.rota"]
        Rota.create(
            {"config_id": self.config.id, "member_id": self.member_a.id, "date": today}
        )
        Rota.create(
            {
                "config_id": self.config.id,
                "member_id": self.member_b.id,
                "date": fields.Date.add(today, days=1),
            }
        )
        self.assertEqual(
            self._offered(), (self.product_a | self.product_own).product_tmpl_id
        )
        with (
            self.assertRaises(IntegrityError),
            mute_logger("odoo.sql_db"),
            self.env.cr.savepoint(),
        ):
            Rota.create(
                {
                    "config_id": self.config.id,
                    "member_id": self.member_a.id,
                    "date": today,
                }
            )

    def test_rota_is_for_market_stalls_and_members(self):
        Rota = self.env["pm.market.rota"]
        with self.assertRaisesRegex(ValidationError, "not a market stall"):
            Rota.create({"config_id": self.config.id, "member_id": self.member_a.id})
        self.config.pm_channel_kind = "market"
        with self.assertRaisesRegex(ValidationError, "not a People Made member"):
            Rota.create({"config_id": self.config.id, "member_id": self.customer.id})

    def test_display_compensation(self):
        host = self.env["res.partner"].create({"name": "Boekhandel Theoria"})
        self.config.write(
            {
                "pm_channel_kind": "display",
                "pm_host_partner_id": host.id,
                "pm_compensation_type": "percent",
                "pm_compensation_rate": 12.5,
            }
        )
        self.open_new_session()
        self._sell([(self.product_a, 2), (self.product_b, 1)])
        self._sell([(self.product_b, 1)])
        Report = self.env["pm.pos.display.report"]
        self.assertFalse(
            Report.search([("config_id", "=", self.config.id)]),
            "sales count once the session is closed, as in the ledger",
        )
        self._close()
        row = Report.search([("config_id", "=", self.config.id)])
        self.assertEqual(len(row), 1)
        # 25.00 + 8.00 + 8.00 = 41.00; 12.5 % of it: 5.125 → 5.13
        self.assertEqual(
            (row.host_partner_id, row.order_count, row.sales, row.compensation),
            (host, 2, 41.0, 5.13),
        )
        self.config.write({"pm_compensation_type": "rent", "pm_compensation_rent": 150})
        self.env.flush_all()
        Report.invalidate_model()
        self.assertEqual(
            Report.search([("config_id", "=", self.config.id)]).compensation, 150
        )
        with self.assertRaises(ValidationError):
            self.config.pm_compensation_rate = 120

    def test_click_and_collect_is_handed_over_in_one_action(self):
        self._put(self.product_a, 3, self.member_a)
        warehouse = self.config.warehouse_id
        self.assertEqual(self.shop_location, warehouse.lot_stock_id)
        carrier = self.env["delivery.carrier"].create(
            {
                "name": "Afhalen in MAAKBAR",
                "delivery_type": "in_store",
                "product_id": self.env["product.product"]
                .create({"name": "Afhalen", "type": "service"})
                .id,
                "warehouse_ids": [(6, 0, warehouse.ids)],
            }
        )
        # the webshop creates its orders as superuser
        order = (
            self.env["sale.order"]
            .sudo()
            .create(
                {
                    "partner_id": self.customer.id,
                    "warehouse_id": warehouse.id,
                    "order_line": [
                        (0, 0, {"product_id": self.product_a.id, "product_uom_qty": 2})
                    ],
                }
            )
        )
        order.set_delivery_line(carrier, 0)
        order.action_confirm()
        self.assertEqual(self.config.pm_collect_count, 1)
        picking = order.picking_ids
        self.assertTrue(picking.pm_is_collect)
        picking.action_pm_hand_over()
        self.assertEqual(picking.state, "done")
        self.assertEqual(self._owners(self.product_a), {self.member_a: 1})
        self.config.invalidate_recordset(["pm_collect_count"])
        self.assertEqual(self.config.pm_collect_count, 0)
        # more than the maker has at the shop: refused, nothing handed over
        order = order.copy()
        order.order_line.filtered(
            lambda l: l.product_id == self.product_a
        ).product_uom_qty = 3
        order.set_delivery_line(carrier, 0)
        order.action_confirm()
        with self.assertRaises(UserError) as refused:
            order.picking_ids.action_pm_hand_over()
        self.assertIn("Receive or count the maker's stock", str(refused.exception))
        self.assertNotEqual(order.picking_ids.state, "done")
        self.assertEqual(self._owners(self.product_a), {self.member_a: 1})

    def test_access(self):
        """Cashiers read the rota; members on the portal reach no till data."""
        Users = self.env["res.users"].with_context(no_reset_password=True)
        cashier = Users.create(
            {
                "name": "Kassier",
                "login": "pm_cashier",
                "group_ids": [(6, 0, self.env.ref("point_of_sale.group_pos_user").ids)],
            }
        )
        portal = Users.create(
            {
                "name": "Lid op het portaal",
                "login": "pm_portal_member",
                "group_ids": [(6, 0, self.env.ref("base.group_portal").ids)],
            }
        )
        self.config.pm_channel_kind = "market"
        rota = self.env["pm.market.rota"].create(
            {"config_id": self.config.id, "member_id": self.member_a.id}
        )
        self.assertEqual(self.env["pm.market.rota"].with_user(cashier).search([]), rota)
        for model in ("pm.market.rota", "pm.pos.display.report", "pos.order.line"):
            with self.assertRaises(AccessError):
                self.env[model].with_user(portal).search([])
