# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.fields import Command

from odoo.addons.people_made_commission.tests.common import CommissionCase


class BasketCase(CommissionCase):
    """A gift basket of three makers' items (A's 12 € item, B's 18 € item,
    two of C's 10 € items: weights 12, 18 and 20) assembled at hub H's
    warehouse, which is paid 2.50 € per basket."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Partner = cls.env["res.partner"]
        cls.member_c = Partner.create(
            {
                "name": "Atelier C",
                "is_company": True,
                "is_pm_member": True,
                "pm_fulfilment": "shop",
                "email": "c@example.com",
            }
        )
        cls.member_hub = Partner.create(
            {
                "name": "Hub H",
                "is_company": True,
                "is_pm_member": True,
                "pm_fulfilment": "shop",
                "email": "h@example.com",
            }
        )
        (cls.member_c | cls.member_hub).action_pm_activate()
        cls.product_c = cls.env["product.product"].create(
            {
                "name": "Vilten kaarsenhouder",
                "is_storable": True,
                "list_price": 10.0,
                "pm_member_id": cls.member_c.id,
            }
        )
        cls.hub = cls.env["stock.warehouse"].create(
            {
                "name": "Hub H",
                "code": "HUBH",
                "partner_id": cls.member_hub.id,
                "company_id": cls.env.company.id,
            }
        )
        cls.hub_stock = cls.hub.lot_stock_id
        cls.basket = cls.env["product.product"].create(
            {
                "name": "Eindejaarsmand",
                "type": "consu",
                "list_price": 39.99,
                "pm_hub_warehouse_id": cls.hub.id,
                "pm_hub_fee": 2.5,
            }
        )
        cls.env["mrp.bom"].create(
            {
                "product_tmpl_id": cls.basket.product_tmpl_id.id,
                "type": "phantom",
                "product_qty": 1,
                "bom_line_ids": [
                    Command.create({"product_id": cls.product_a.id, "product_qty": 1}),
                    Command.create({"product_id": cls.product_b.id, "product_qty": 1}),
                    Command.create({"product_id": cls.product_c.id, "product_qty": 2}),
                ],
            }
        )
        cls.makers = cls.member_a | cls.member_b | cls.member_c | cls.member_hub

    @classmethod
    def _put(cls, product, quantity, location, owner):
        cls.env["stock.quant"]._update_available_quantity(
            product, location, quantity, owner_id=owner
        )

    def _run_makers(self):
        """This test's settlements, per member."""
        settlements = self.env["pm.settlement"]._pm_run(self.d_from, self.d_to)
        return {s.member_id: s for s in settlements if s.member_id in self.makers}
