# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.fields import Command
from odoo.tests import tagged

from .common import BasketCase


@tagged("post_install", "-at_install")
class TestBasketStock(BasketCase):
    """A basket sold leaves its hub in one parcel, each item from its own
    maker's stock there."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # People Made's own B items and another owner's C items come first
        # (older): a basket must take neither
        cls._put(cls.product_b, 5, cls.hub_stock, False)
        cls._put(cls.product_c, 5, cls.hub_stock, cls.member_b)
        for product, maker in (
            (cls.product_a, cls.member_a),
            (cls.product_b, cls.member_b),
            (cls.product_c, cls.member_c),
        ):
            cls._put(product, 10, cls.hub_stock, maker)

    def _quantity(self, product, owner):
        return sum(
            self.env["stock.quant"]
            .search(
                [
                    ("product_id", "=", product.id),
                    ("location_id", "=", self.hub_stock.id),
                    ("owner_id", "=", owner.id if owner else False),
                ]
            )
            .mapped("quantity")
        )

    def test_sold_basket_ships_from_the_hub_from_each_makers_stock(self):
        order = self.env["sale.order"].create(
            {
                "partner_id": self.customer.id,
                "order_line": [
                    Command.create(
                        {"product_id": self.basket.id, "product_uom_qty": 2}
                    ),
                    # A ships its own product itself, apart
                    Command.create(
                        {"product_id": self.product_a.id, "product_uom_qty": 1}
                    ),
                ],
            }
        )
        order.action_confirm()
        hub_delivery = order.picking_ids.filtered(
            lambda p: p.location_id == self.hub_stock
        )
        # one parcel from the hub with every item of both baskets
        self.assertEqual(len(hub_delivery), 1)
        self.assertFalse(hub_delivery.pm_member_id, "not split per maker")
        self.assertEqual(
            {m.product_id: m.product_uom_qty for m in hub_delivery.move_ids},
            {self.product_a: 2, self.product_b: 2, self.product_c: 4},
        )
        self.assertEqual(hub_delivery.state, "assigned")
        self.assertEqual(
            {(ml.product_id, ml.owner_id) for ml in hub_delivery.move_line_ids},
            {
                (self.product_a, self.member_a),
                (self.product_b, self.member_b),
                (self.product_c, self.member_c),
            },
        )
        self.assertEqual(len(order.picking_ids - hub_delivery), 1)
        hub_delivery.move_ids.picked = True
        hub_delivery.button_validate()
        self.assertEqual(hub_delivery.state, "done")
        self.assertEqual(self._quantity(self.product_a, self.member_a), 8)
        self.assertEqual(self._quantity(self.product_b, self.member_b), 8)
        self.assertEqual(self._quantity(self.product_c, self.member_c), 6)
        # People Made's own and another owner's goods are untouched
        self.assertEqual(self._quantity(self.product_b, False), 5)
        self.assertEqual(self._quantity(self.product_c, self.member_b), 5)
        # the order counts the baskets as delivered, and invoices them
        basket_line = order.order_line.filtered(lambda l: l.product_id == self.basket)
        self.assertEqual(basket_line.qty_delivered, 2)
        invoice = order._create_invoices()
        invoice.action_post()
        rows = self.env["pm.sales.ledger"].search([("move_id", "=", invoice.id)])
        self.assertEqual(
            set(rows.filtered(lambda r: r.source == "basket").member_id),
            {self.member_a, self.member_b, self.member_c, self.member_hub},
        )

    def test_short_maker_stock_is_not_taken_from_another_owner(self):
        order = self.env["sale.order"].create(
            {
                "partner_id": self.customer.id,
                "order_line": [
                    Command.create(
                        {"product_id": self.basket.id, "product_uom_qty": 6}
                    ),
                ],
            }
        )
        order.action_confirm()
        delivery = order.picking_ids
        # 12 of C's items asked, C has 10 there: only those are reserved
        move_c = delivery.move_ids.filtered(lambda m: m.product_id == self.product_c)
        self.assertEqual(move_c.quantity, 10)
        self.assertEqual(move_c.move_line_ids.owner_id, self.member_c)
        move_b = delivery.move_ids.filtered(lambda m: m.product_id == self.product_b)
        self.assertEqual(move_b.quantity, 6)
        self.assertEqual(move_b.move_line_ids.owner_id, self.member_b)
