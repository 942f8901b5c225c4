# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.exceptions import UserError
from odoo.fields import Command
from odoo.tests import tagged
from odoo.tools.safe_eval import safe_eval

from .common import PeopleMadeCase


@tagged("post_install", "-at_install")
class TestConsignment(PeopleMadeCase):
    """Members keep the ownership of the stock they bring to People Made."""

    def _receive(self, member, product, qty):
        picking = self.env["stock.picking"].create(
            {
                "partner_id": member.id,
                "picking_type_id": self.warehouse.in_type_id.id,
                "move_ids": [
                    (
                        0,
                        0,
                        {
                            "product_id": product.id,
                            "product_uom_qty": qty,
                            "location_id": self.env.ref(
                                "stock.stock_location_suppliers"
                            ).id,
                            "location_dest_id": self.stock.id,
                        },
                    )
                ],
            }
        )
        picking.action_confirm()
        picking.move_ids.quantity = qty
        picking.move_ids.picked = True
        picking.button_validate()
        self.assertEqual(picking.state, "done")
        return picking

    def _quants(self, product):
        return self.env["stock.quant"].search(
            [
                ("product_id", "=", product.id),
                ("location_id", "child_of", self.stock.id),
            ]
        )

    def _owners(self, product):
        """{owner or False: quantity} of the product's quants in the shop."""
        result = {}
        for quant in self._quants(product):
            key = quant.owner_id or False
            result[key] = result.get(key, 0.0) + quant.quantity
        return {owner: qty for owner, qty in result.items() if qty}

    def test_receipt_from_member_keeps_ownership(self):
        picking = self._receive(self.member_b, self.product_b, 10)
        self.assertEqual(picking.owner_id, self.member_b)
        self.assertEqual(self._owners(self.product_b), {self.member_b: 10})
        # consigned goods are not People Made's: they are not valued
        quants = self._quants(self.product_b).sudo()
        self.assertTrue(all(q._should_exclude_for_valuation() for q in quants))
        self.assertEqual(sum(quants.mapped("value")), 0)

    def test_receipt_from_contact_of_member(self):
        contact = self.env["res.partner"].create(
            {"name": "Chauffeur B", "parent_id": self.member_b.id}
        )
        picking = self._receive(contact, self.product_b, 2)
        self.assertEqual(picking.owner_id, self.member_b)

    def test_sale_consumes_member_stock_and_return_gives_it_back(self):
        self._receive(self.member_b, self.product_b, 5)
        order = self.env["sale.order"].create(
            {
                "partner_id": self.customer.id,
                "order_line": [
                    (0, 0, {"product_id": self.product_b.id, "product_uom_qty": 2})
                ],
            }
        )
        order.action_confirm()
        delivery = order.picking_ids
        self.assertEqual(len(delivery), 1)
        self.assertFalse(delivery.pm_member_id, "B brings goods: a normal delivery")
        self.assertEqual(delivery.location_id, self.stock)
        delivery.action_assign()
        self.assertEqual(delivery.move_line_ids.owner_id, self.member_b)
        delivery.move_ids.picked = True
        delivery.button_validate()
        self.assertEqual(self._owners(self.product_b), {self.member_b: 3})
        self.assertEqual(order.order_line.qty_delivered, 2)

        wizard = (
            self.env["stock.return.picking"]
            .with_context(active_id=delivery.id, active_model="stock.picking")
            .create({})
        )
        wizard.product_return_moves.quantity = 1
        returned = wizard._create_return()
        returned.move_ids.quantity = 1
        returned.move_ids.picked = True
        returned.button_validate()
        self.assertEqual(self._owners(self.product_b), {self.member_b: 4})

    def test_unreserved_sale_leaves_no_ownerless_quant(self):
        """odoo/odoo#41355: a sale done without reservation (as the Point of
        Sale does) must take the maker's quants, not create an ownerless
        negative quant beside them."""
        self._receive(self.member_b, self.product_b, 3)
        out = self.env["stock.picking"].create(
            {
                "partner_id": self.customer.id,
                "picking_type_id": self.warehouse.out_type_id.id,
                "move_ids": [
                    (
                        0,
                        0,
                        {
                            "product_id": self.product_b.id,
                            "product_uom_qty": 2,
                            "location_id": self.stock.id,
                            "location_dest_id": self.env.ref(
                                "stock.stock_location_customers"
                            ).id,
                        },
                    )
                ],
            }
        )
        out.action_confirm()
        # no action_assign: quantities set straight away, like a till
        out.move_ids.quantity = 2
        out.move_ids.picked = True
        out.button_validate()
        self.assertEqual(out.state, "done")
        self.assertEqual(self._owners(self.product_b), {self.member_b: 1})
        self.assertFalse(
            self._quants(self.product_b).filtered(lambda q: q.quantity < 0)
        )

    def test_inventory_count_adjusts_the_member_quant(self):
        self._receive(self.member_b, self.product_b, 6)
        quant = self._quants(self.product_b)
        self.assertEqual(quant.owner_id, self.member_b)
        # a count in the shop finds 4 of the member's 6
        quant.with_context(inventory_mode=True).inventory_quantity = 4
        quant.with_context(inventory_mode=True).action_apply_inventory()
        self.assertEqual(self._owners(self.product_b), {self.member_b: 4})
        self.assertFalse(
            self._quants(self.product_b).filtered(lambda q: q.quantity < 0)
        )

    def _delivery(self, product, qty):
        out = self.env["stock.picking"].create(
            {
                "partner_id": self.customer.id,
                "picking_type_id": self.warehouse.out_type_id.id,
                "move_ids": [
                    Command.create(
                        {
                            "product_id": product.id,
                            "product_uom_qty": qty,
                            "location_id": self.stock.id,
                            "location_dest_id": self.env.ref(
                                "stock.stock_location_customers"
                            ).id,
                        }
                    )
                ],
            }
        )
        out.action_confirm()
        return out

    def test_delivery_beyond_the_maker_stock_is_refused(self):
        """A delivery that would take more than the maker has on the shelf
        is refused, with what to do, and nothing moves."""
        self._receive(self.member_b, self.product_b, 1)
        out = self._delivery(self.product_b, 3)
        out.move_ids.quantity = 3
        out.move_ids.picked = True
        with self.assertRaises(UserError) as refused:
            out.button_validate()
        self.assertIn("Atelier B has -2", str(refused.exception))
        self.assertEqual(self._owners(self.product_b), {self.member_b: 1})
        # nothing of the maker's at all: still refused, never ownerless
        out = self._delivery(self.product_a, 1)
        out.move_ids.quantity = 1
        out.move_ids.picked = True
        with self.assertRaises(UserError) as refused:
            out.button_validate()
        self.assertIn("Receive or count", str(refused.exception))
        self.assertFalse(self._quants(self.product_a).filtered("quantity"))

    def test_people_made_own_stock_of_a_maker_product_goes_first(self):
        self._receive(self.member_b, self.product_b, 1)
        self.env["stock.quant"]._update_available_quantity(
            self.product_b, self.stock, 2
        )
        out = self._delivery(self.product_b, 3)
        out.move_ids.quantity = 3
        out.move_ids.picked = True
        out.button_validate()
        self.assertEqual(out.state, "done")
        self.assertFalse(self._quants(self.product_b).filtered(lambda q: q.quantity))

    def test_move_restricted_to_an_owner_reserves_its_goods_only(self):
        """Odoo's restrict_partner_id is honoured when goods are reserved:
        People Made's own stock, first on the shelf, is left alone."""
        self.env["stock.quant"]._update_available_quantity(
            self.product_b, self.stock, 2
        )
        self._receive(self.member_b, self.product_b, 1)
        out = self._delivery(self.product_b, 2)
        # (confirmed, Odoo reserved already: again, restricted)
        out.do_unreserve()
        out.move_ids.restrict_partner_id = self.member_b
        out.action_assign()
        self.assertEqual(out.move_ids.quantity, 1, "only the maker's one")
        self.assertEqual(out.move_ids.move_line_ids.owner_id, self.member_b)
        # unrestricted, Odoo takes People Made's own first
        other = self._delivery(self.product_b, 2)
        other.action_assign()
        self.assertEqual(other.move_ids.quantity, 2)
        self.assertFalse(other.move_ids.move_line_ids.owner_id)

    def test_count_of_a_maker_product_needs_its_owner(self):
        Quant = self.env["stock.quant"].with_context(inventory_mode=True)
        values = {
            "product_id": self.product_b.id,
            "location_id": self.stock.id,
            "inventory_quantity": 5,
        }
        quant = Quant.create(values)
        with self.assertRaises(UserError) as refused:
            quant.action_apply_inventory()
        self.assertIn("count them with Atelier B as owner", str(refused.exception))
        self.assertFalse(self._quants(self.product_b).filtered("quantity"))
        # the maker's own quant counted: applied
        quant.inventory_quantity = 0
        self._receive(self.member_b, self.product_b, 1)
        own = self._quants(self.product_b).filtered("owner_id")
        own.with_context(inventory_mode=True).inventory_quantity = 5
        own.with_context(inventory_mode=True).action_apply_inventory()
        self.assertEqual(self._owners(self.product_b), {self.member_b: 5})

    def test_people_made_own_stock_stays_ownerless(self):
        self.env["stock.quant"]._update_available_quantity(
            self.product_own, self.stock, 4
        )
        self.assertEqual(self._owners(self.product_own), {False: 4})


@tagged("post_install", "-at_install")
class TestMakerShipments(PeopleMadeCase):
    """Webshop orders: one delivery per maker that ships its orders itself."""

    def _order(self):
        member_c = self.env["res.partner"].create(
            {
                "name": "Atelier C",
                "is_company": True,
                "is_pm_member": True,
                "pm_fulfilment": "ships",
            }
        )
        member_c.action_pm_activate()
        self.product_c = self.env["product.product"].create(
            {
                "name": "Rubberen oorbellen",
                "is_storable": True,
                "pm_member_id": member_c.id,
            }
        )
        self.member_c = member_c
        self.env["stock.quant"]._update_available_quantity(
            self.product_own, self.stock, 10
        )
        order = self.env["sale.order"].create(
            {
                "partner_id": self.customer.id,
                "order_line": [
                    (0, 0, {"product_id": p.id, "product_uom_qty": qty})
                    for p, qty in (
                        (self.product_a, 2),
                        (self.product_a2, 1),
                        (self.product_c, 3),
                        (self.product_own, 1),
                    )
                ],
            }
        )
        order.action_confirm()
        return order

    def test_one_delivery_per_maker(self):
        order = self._order()
        pickings = order.picking_ids
        self.assertEqual(len(pickings), 3)
        by_maker = {p.pm_member_id: p for p in pickings}
        self.assertEqual(
            set(by_maker), {self.member_a, self.member_c, self.env["res.partner"]}
        )
        shipment_a = by_maker[self.member_a]
        self.assertEqual(
            shipment_a.move_ids.product_id, self.product_a | self.product_a2
        )
        self.assertEqual(
            shipment_a.location_id,
            self.env.ref("people_made_vendor.stock_location_makers"),
        )
        self.assertEqual(shipment_a.partner_id, self.customer)
        self.assertEqual(by_maker[self.member_c].move_ids.product_id, self.product_c)
        normal = by_maker[self.env["res.partner"]]
        self.assertEqual(normal.move_ids.product_id, self.product_own)
        self.assertEqual(normal.location_id, self.stock)
        # each maker is told what to ship to whom
        told = shipment_a.message_ids.filtered(lambda m: self.member_a in m.partner_ids)
        self.assertIn("Klant Janssens", told[:1].body)

    def test_mark_shipped_delivers_and_tells_the_customer(self):
        order = self._order()
        shipment = order.picking_ids.filtered(lambda p: p.pm_member_id == self.member_a)
        shipment.action_pm_mark_shipped(" bpost ", " 3232 0000 1111 ")
        self.assertEqual(shipment.state, "done")
        self.assertEqual(
            (shipment.pm_carrier_name, shipment.carrier_tracking_ref),
            ("bpost", "3232 0000 1111"),
        )
        delivered = {line.product_id: line.qty_delivered for line in order.order_line}
        self.assertEqual(delivered[self.product_a], 2)
        self.assertEqual(delivered[self.product_a2], 1)
        self.assertEqual(delivered[self.product_c], 0)
        mail = shipment.message_ids.filtered(lambda m: self.customer in m.partner_ids)
        self.assertIn("3232 0000 1111", mail[:1].body)

    def test_mark_shipped_refuses_bad_input(self):
        order = self._order()
        shipment = order.picking_ids.filtered(lambda p: p.pm_member_id == self.member_a)
        normal = order.picking_ids.filtered(lambda p: not p.pm_member_id)
        with self.assertRaisesRegex(Exception, "carrier and the tracking reference"):
            shipment.action_pm_mark_shipped("bpost", "  ")
        self.assertEqual(shipment.state, "assigned")
        with self.assertRaisesRegex(Exception, "not shipped by a maker"):
            normal.action_pm_mark_shipped("bpost", "123")
        shipment.action_pm_mark_shipped("bpost", "123")
        with self.assertRaisesRegex(Exception, "already closed"):
            shipment.action_pm_mark_shipped("bpost", "456")
        self.assertEqual(shipment.carrier_tracking_ref, "123")


@tagged("post_install", "-at_install")
class TestMemberStockReport(PeopleMadeCase):
    def test_report_shows_member_stock_per_location(self):
        self.assertTrue(
            self.env.ref("base.group_user").all_implied_ids
            & self.env.ref("stock.group_tracking_owner"),
            "employees see who owns the stock",
        )
        Quant = self.env["stock.quant"]
        Quant._update_available_quantity(
            self.product_b, self.stock, 3, owner_id=self.member_b
        )
        Quant._update_available_quantity(self.product_own, self.stock, 7)
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "people_made_vendor.action_pm_member_stock"
        )
        domain = action["domain"]
        if isinstance(domain, str):
            domain = safe_eval(domain)
        groups = Quant._read_group(
            domain, ["owner_id", "location_id"], ["quantity:sum"]
        )
        self.assertIn((self.member_b, self.stock, 3.0), groups)
        self.assertFalse([g for g in groups if not g[0]], "no ownerless stock")
