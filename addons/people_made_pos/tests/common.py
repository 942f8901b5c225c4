# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.addons.point_of_sale.tests.common import TestPoSCommon


class PosMakersCase(TestPoSCommon):
    """A shop (Odoo's basic test till) on the MAAKBAR channel; members A and
    B with a product each, and a product of People Made itself, all without
    taxes."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=True))
        # People Made's staff run the shops
        cls.env.user.group_ids |= cls.env.ref("people_made.group_pm_manager")
        cls.config = cls.basic_config
        cls.maakbar = cls.env["crm.team"].create(
            {"name": "MAAKBAR", "pm_channel_kind": "shop"}
        )
        cls.config.crm_team_id = cls.maakbar
        Partner = cls.env["res.partner"]
        cls.member_a = Partner.create(
            {
                "name": "De Vlaspit",
                "is_company": True,
                "is_pm_member": True,
                "pm_fulfilment": "shop",
                "email": "vlaspit@example.com",
            }
        )
        cls.member_b = Partner.create(
            {
                "name": "Atelier Kurk",
                "is_company": True,
                "is_pm_member": True,
                "pm_fulfilment": "shop",
                "email": "kurk@example.com",
            }
        )
        (cls.member_a | cls.member_b).action_pm_activate()
        Product = cls.env["product.product"]
        common = {
            "is_storable": True,
            "available_in_pos": True,
            "taxes_id": [(5, 0, 0)],
            "categ_id": cls.categ_basic.id,
        }
        cls.product_a = Product.create(
            {
                **common,
                "name": "Linnen theedoek",
                "lst_price": 12.5,
                "pm_member_id": cls.member_a.id,
            }
        )
        cls.product_b = Product.create(
            {
                **common,
                "name": "Kurken onderzetter",
                "lst_price": 8.0,
                "pm_member_id": cls.member_b.id,
            }
        )
        cls.product_own = Product.create(
            {**common, "name": "Cadeauverpakking", "lst_price": 2.0}
        )
        cls.shop_location = cls.config.picking_type_id.default_location_src_id

    @classmethod
    def _put(cls, product, qty, owner=None):
        cls.env["stock.quant"]._update_available_quantity(
            product, cls.shop_location, qty, owner_id=owner
        )

    def _owners(self, product):
        """{owner or False: quantity} of the product's quants in the shop."""
        result = {}
        quants = self.env["stock.quant"].search(
            [
                ("product_id", "=", product.id),
                ("location_id", "child_of", self.shop_location.id),
            ]
        )
        for quant in quants:
            key = quant.owner_id or False
            result[key] = result.get(key, 0.0) + quant.quantity
        return {owner: qty for owner, qty in result.items() if qty}

    def _sell(self, lines, **kwargs):
        """Sync a paid till order of [(product, qty)] or line dicts, as the
        till does; return it."""
        data = self.create_ui_order_data(lines, **kwargs)
        self.env["pos.order"].sync_from_ui([data])
        return self.env["pos.order"].search([("uuid", "=", data["uuid"])])

    def _refund(self, order_line, qty):
        """Refund ``qty`` of a till line, as the till does."""
        return self._sell(
            [
                {
                    "product": order_line.product_id,
                    "quantity": -qty,
                    "refunded_orderline_id": order_line.id,
                    "pack_lot_ids": [
                        (0, 0, {"lot_name": lot.lot_name})
                        for lot in order_line.pack_lot_ids
                    ],
                }
            ]
        )

    def _close(self):
        self.pos_session.action_pos_session_closing_control()
        self.assertEqual(self.pos_session.state, "closed")
