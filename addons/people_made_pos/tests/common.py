# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.addons.point_of_sale.tests.common import TestPoSCommon


class PmPosMixin:
    """Members A (De Vlaspit) and B (Atelier Kurk) with a product each, a
    product of People Made itself, all without taxes, and ``config`` on the
    MAAKBAR shop channel; for Odoo's POS test classes."""

    @classmethod
    def _pm_setup(cls, config, **product_values):
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=True))
        # People Made's staff run the shops
        cls.env.user.group_ids |= cls.env.ref("people_made.group_pm_manager")
        cls.member_a, cls.member_b = cls.env["res.partner"].create(
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
        common = {
            "is_storable": True,
            "available_in_pos": True,
            "taxes_id": [(5, 0, 0)],
            **product_values,
        }
        cls.product_a, cls.product_b, cls.product_own = cls.env[
            "product.product"
        ].create(
            [
                {
                    **common,
                    "name": "Linnen theedoek",
                    "list_price": 12.5,
                    "pm_member_id": cls.member_a.id,
                },
                {
                    **common,
                    "name": "Kurken onderzetter",
                    "list_price": 8.0,
                    "pm_member_id": cls.member_b.id,
                },
                {**common, "name": "Cadeauverpakking", "list_price": 2.0},
            ]
        )
        cls.maakbar = cls.env["crm.team"].create(
            {"name": "MAAKBAR", "pm_channel_kind": "shop"}
        )
        config.crm_team_id = cls.maakbar
        cls.shop_location = config.picking_type_id.default_location_src_id

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


class PosMakersCase(PmPosMixin, TestPoSCommon):
    """The makers' products sold at Odoo's basic test till."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.config = cls.basic_config
        cls._pm_setup(cls.config, categ_id=cls.categ_basic.id)

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
