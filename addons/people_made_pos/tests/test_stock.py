# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.tests import tagged

from .common import PosMakersCase


@tagged("post_install", "-at_install")
class TestPosStock(PosMakersCase):
    """The till sells the makers' own stock and refunds give it back."""

    def _line(self, order, product):
        return order.lines.filtered(lambda line: line.product_id == product)

    def _assert_no_stray_quants(self, *products):
        quants = self.env["stock.quant"].search(
            [
                ("product_id", "in", [p.id for p in products]),
                ("location_id", "child_of", self.shop_location.id),
                ("quantity", "<", 0),
            ]
        )
        self.assertFalse(quants, "no negative quant left behind")

    def test_maker_on_every_line(self):
        self.open_new_session()
        order = self._sell(
            [(self.product_a, 1), (self.product_b, 2), (self.product_own, 1)]
        )
        self.assertEqual(
            [(line.product_id, line.pm_member_id) for line in order.lines],
            [
                (self.product_a, self.member_a),
                (self.product_b, self.member_b),
                (self.product_own, self.env["res.partner"]),
            ],
        )

    def _sell_and_refund(self):
        self._put(self.product_a, 5, self.member_a)
        self._put(self.product_b, 3, self.member_b)
        self.open_new_session()
        order = self._sell([(self.product_a, 2), (self.product_b, 1)])
        return order

    def test_sale_and_refund_at_closing(self):
        """Stock updated when the session closes: one picking for all."""
        self.company.point_of_sale_update_stock_quantities = "closing"
        order = self._sell_and_refund()
        self.assertTrue(self.pos_session.update_stock_at_closing)
        self._refund(self._line(order, self.product_a), 1)
        self._close()
        self.assertEqual(self._owners(self.product_a), {self.member_a: 4})
        self.assertEqual(self._owners(self.product_b), {self.member_b: 2})
        self._assert_no_stray_quants(self.product_a, self.product_b)
        moves = self.pos_session.picking_ids.move_line_ids
        self.assertEqual(moves.owner_id, self.member_a | self.member_b)

    def test_sale_and_refund_in_real_time(self):
        """Stock updated per order: a picking per order, the refund's too."""
        order = self._sell_and_refund()
        self.assertEqual(order.picking_ids.state, "done")
        self.assertEqual(self._owners(self.product_a), {self.member_a: 3})
        self.assertEqual(self._owners(self.product_b), {self.member_b: 2})
        refund = self._refund(self._line(order, self.product_b), 1)
        self.assertEqual(refund.picking_ids.move_line_ids.owner_id, self.member_b)
        self.assertEqual(self._owners(self.product_b), {self.member_b: 3})
        self._close()
        self._assert_no_stray_quants(self.product_a, self.product_b)

    def test_odoo_41355_maker_without_stock(self):
        """A's count at the shop was wrong: selling more than A has leaves
        A's quant below zero, not an ownerless negative quant beside it."""
        self._put(self.product_a, 1, self.member_a)
        self.open_new_session()
        order = self._sell([(self.product_a, 3)])
        self.assertEqual(self._owners(self.product_a), {self.member_a: -2})
        # allowed at the till, and said where staff look
        pickings = order.picking_ids | self.pos_session.picking_ids
        self.assertIn(
            "De Vlaspit has -2", " ".join(pickings.message_ids.mapped("body"))
        )
        # nothing of A's at all: still A's quant
        self._sell([(self.product_b, 1)])
        self.assertEqual(self._owners(self.product_b), {self.member_b: -1})

    def test_people_made_own_stock(self):
        """People Made bought some of B's products: they stay its own, and
        are sold from its own stock; its own products stay ownerless."""
        self._put(self.product_b, 2)
        self._put(self.product_own, 5)
        self.open_new_session()
        order = self._sell([(self.product_b, 1), (self.product_own, 2)])
        self.assertEqual(self._owners(self.product_b), {False: 1})
        self.assertEqual(self._owners(self.product_own), {False: 3})
        self._refund(self._line(order, self.product_b), 1)
        self.assertEqual(self._owners(self.product_b), {False: 2})

    def test_maker_stock_beside_people_made_stock(self):
        """odoo/odoo#41355 with two owners of the same product at the shop:
        the maker's quant is taken first, the other is left alone."""
        self._put(self.product_a, 2, self.member_a)
        self._put(self.product_a, 4)
        self.open_new_session()
        order = self._sell([(self.product_a, 2)])
        self.assertEqual(self._owners(self.product_a), {False: 4})
        self._refund(self._line(order, self.product_a), 2)
        self.assertEqual(self._owners(self.product_a), {self.member_a: 2, False: 4})
        self._assert_no_stray_quants(self.product_a)

    def test_lots_keep_their_owner(self):
        """A lot sold at the till comes from the maker's quant of that lot."""
        product = self.env["product.product"].create(
            {
                "name": "Vlasgaren per lot",
                "is_storable": True,
                "tracking": "lot",
                "available_in_pos": True,
                "taxes_id": [(5, 0, 0)],
                "lst_price": 6.0,
                "pm_member_id": self.member_a.id,
            }
        )
        lot = self.env["stock.lot"].create(
            {"name": "VL-2026-11", "product_id": product.id}
        )
        self.env["stock.quant"]._update_available_quantity(
            product, self.shop_location, 3, lot_id=lot, owner_id=self.member_a
        )
        self.open_new_session()
        order = self._sell(
            [
                {
                    "product": product,
                    "quantity": 2,
                    "pack_lot_ids": [(0, 0, {"lot_name": lot.name})],
                }
            ]
        )
        move_lines = order.picking_ids.move_line_ids
        self.assertEqual((move_lines.lot_id, move_lines.owner_id), (lot, self.member_a))
        self.assertEqual(self._owners(product), {self.member_a: 1})
        self._refund(order.lines, 2)
        self.assertEqual(self._owners(product), {self.member_a: 3})
        self._assert_no_stray_quants(product)
