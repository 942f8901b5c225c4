# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import http
from odoo.fields import Command
from odoo.tests import HttpCase, JsonRpcException, tagged
from odoo.tools import mute_logger

from .common import PeopleMadeCase


@tagged("post_install", "-at_install")
class TestPortalShipping(HttpCase, PeopleMadeCase):
    """A maker ships from its portal: lots and serials, part of an order now
    and the rest later, or a product it cannot supply; another member can
    do none of it to the maker's deliveries."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.member_b.pm_fulfilment = "ships"
        cls._pm_portal_users()
        Product = cls.env["product.product"]
        cls.product_lot = Product.create(
            {
                "name": "Appelchips",
                "is_storable": True,
                "tracking": "lot",
                "list_price": 4.0,
                "pm_member_id": cls.member_a.id,
            }
        )
        cls.product_serial = Product.create(
            {
                "name": "Genummerde lamp",
                "is_storable": True,
                "tracking": "serial",
                "list_price": 80.0,
                "pm_member_id": cls.member_a.id,
            }
        )
        cls.lot = cls.env["stock.lot"].create(
            {"name": "THT-2027-03", "product_id": cls.product_lot.id}
        )

    def _order(self, *lines):
        order = self.env["sale.order"].create(
            {
                "partner_id": self.customer.id,
                "order_line": [
                    Command.create({"product_id": product.id, "product_uom_qty": qty})
                    for product, qty in lines
                ],
            }
        )
        order.action_confirm()
        return order

    def _delivery(self, order, member):
        return order.picking_ids.filtered(
            lambda p: p.pm_member_id == member and p.state not in ("done", "cancel")
        )

    def _post(self, url, **data):
        response = self.url_open(
            url, data={**data, "csrf_token": http.Request.csrf_token(self)}
        )
        # the request wrote in the test's transaction, beside this cache
        self.env.invalidate_all()
        return response

    def _ship(self, picking, **data):
        data.setdefault("carrier", "bpost")
        data.setdefault("tracking_ref", "323200")
        return self._post(f"/my/pm/deliveries/{picking.id}/ship", **data)

    def _line(self, order, product):
        return order.order_line.filtered(lambda line: line.product_id == product)

    def test_ship_a_lot_tracked_product_with_its_lot(self):
        order = self._order((self.product_lot, 2))
        delivery = self._delivery(order, self.member_a)
        move = delivery.move_ids
        self.authenticate("member_a", "member_a")
        page = self.url_open("/my/pm/deliveries").text
        self.assertIn(f'name="lot_{move.id}"', page, "the lot is asked")
        self.assertIn('value="THT-2027-03"', page, "its lots are offered")

        refused = self._ship(delivery)
        self.assertEqual(refused.status_code, 400)
        self.assertIn("give the lot the units shipped come from", refused.text)
        self.assertIn('value="323200"', refused.text, "what was typed is kept")
        self.assertEqual(delivery.state, "assigned")

        done = self._ship(delivery, **{f"lot_{move.id}": "THT-2027-03"})
        self.assertEqual(done.status_code, 200)
        self.assertEqual(delivery.state, "done")
        self.assertEqual(delivery.move_line_ids.lot_id, self.lot)
        self.assertEqual(delivery.move_line_ids.quantity, 2)
        self.assertEqual(self._line(order, self.product_lot).qty_delivered, 2)

    def test_ship_serial_numbers_one_per_unit(self):
        order = self._order((self.product_serial, 2))
        delivery = self._delivery(order, self.member_a)
        field = f"lot_{delivery.move_ids.id}"
        self.authenticate("member_a", "member_a")
        page = self.url_open("/my/pm/deliveries").text
        self.assertEqual(page.count(f'name="{field}"'), 2, "one field per unit")

        # werkzeug sends a list as repeated fields, as the form does
        twice = self._ship(delivery, **{field: ["L-001", "L-001"]})
        self.assertEqual(twice.status_code, 400)
        self.assertIn("serial number L-001 is given twice", twice.text)
        too_few = self._ship(delivery, **{field: ["L-001", ""]})
        self.assertEqual(too_few.status_code, 400)
        self.assertIn("2 units, 1 serial numbers", too_few.text)
        self.assertEqual(delivery.state, "assigned")

        self._ship(delivery, **{field: ["L-001", "L-002"]})
        self.assertEqual(delivery.state, "done")
        self.assertEqual(
            sorted(delivery.move_line_ids.lot_id.mapped("name")), ["L-001", "L-002"]
        )

        # a serial number at a customer's cannot leave the workshop again
        again = self._delivery(self._order((self.product_serial, 1)), self.member_a)
        field = f"lot_{again.move_ids.id}"
        self.assertNotIn(
            'value="L-001"', self.url_open("/my/pm/deliveries").text, "not offered"
        )
        refused = self._ship(again, **{field: "L-001"})
        self.assertEqual(refused.status_code, 400)
        self.assertIn("serial number L-001 was shipped already", refused.text)
        self._ship(again, **{field: "L-003"})
        self.assertEqual(again.state, "done")

    def test_ship_three_of_five_now_and_the_rest_later(self):
        order = self._order((self.product_a, 5), (self.product_a2, 1))
        delivery = self._delivery(order, self.member_a)
        move_a = delivery.move_ids.filtered(lambda m: m.product_id == self.product_a)
        move_a2 = delivery.move_ids - move_a
        self.authenticate("member_a", "member_a")
        response = self._ship(
            delivery,
            tracking_ref="FIRST",
            **{f"qty_{move_a.id}": "3", f"qty_{move_a2.id}": "0"},
        )
        self.assertEqual(response.status_code, 200)
        self.assertEqual(delivery.state, "done")
        self.assertEqual(self._line(order, self.product_a).qty_delivered, 3)
        self.assertEqual(self._line(order, self.product_a2).qty_delivered, 0)
        mail = delivery.message_ids.filtered(lambda m: self.customer in m.partner_ids)
        self.assertIn("FIRST", mail[:1].body)
        self.assertIn("3", mail[:1].body)

        backorder = self._delivery(order, self.member_a)
        self.assertEqual(backorder.backorder_id, delivery)
        self.assertEqual(
            {m.product_id: m.product_uom_qty for m in backorder.move_ids},
            {self.product_a: 2, self.product_a2: 1},
        )
        page = self.url_open("/my/pm/deliveries").text
        self.assertIn(backorder.name, page, "the rest is under To ship")
        self.assertNotIn(delivery.name, page)

        # more than is left is refused, nothing shipped
        move_rest = backorder.move_ids.filtered(
            lambda m: m.product_id == self.product_a
        )
        too_many = self._ship(backorder, **{f"qty_{move_rest.id}": "3"})
        self.assertEqual(too_many.status_code, 400)
        self.assertEqual(backorder.state, "assigned")

        self._ship(backorder, tracking_ref="SECOND")
        self.assertEqual(backorder.state, "done")
        self.assertEqual(self._line(order, self.product_a).qty_delivered, 5)
        self.assertEqual(self._line(order, self.product_a2).qty_delivered, 1)
        self.assertFalse(self._delivery(order, self.member_a))
        self.assertIn("Nothing to ship", self.url_open("/my/pm/deliveries").text)

    def test_cannot_supply_one_line(self):
        order = self._order((self.product_a, 2), (self.product_a2, 3))
        # paid web orders are invoiced at once
        order._force_lines_to_invoice_policy_order()
        invoice = order._create_invoices()
        invoice.action_post()
        delivery = self._delivery(order, self.member_a)
        move_a2 = delivery.move_ids.filtered(lambda m: m.product_id == self.product_a2)
        self.authenticate("member_a", "member_a")
        url = f"/my/pm/deliveries/{delivery.id}/cannot_supply"
        no_reason = self._post(url, move_id=str(move_a2.id), reason=" ")
        self.assertEqual(no_reason.status_code, 400)
        self.assertIn("Say why you cannot supply it.", no_reason.text)
        self.assertEqual(move_a2.state, "assigned")

        done = self._post(url, move_id=str(move_a2.id), reason="Geen kurk meer")
        self.assertEqual(done.status_code, 200)
        self.assertEqual(move_a2.state, "cancel")
        self.assertEqual(delivery.state, "assigned", "the other product still ships")
        line = self._line(order, self.product_a2)
        self.assertEqual(line.product_uom_qty, 0)
        refund = order.invoice_ids.filtered(lambda m: m.move_type == "out_refund")
        self.assertEqual(refund.state, "posted")
        self.assertEqual(refund.invoice_line_ids.product_id, self.product_a2)
        self.assertEqual(refund.invoice_line_ids.quantity, 3)
        self.assertEqual(refund.amount_untaxed, 27)
        # staff: an activity to refund the payment
        self.assertIn("Refund the payment", refund.activity_ids.mapped("summary"))
        # the customer: a message with the reason and the credit note
        told = order.message_ids.filtered(lambda m: self.customer in m.partner_ids)
        self.assertIn("Geen kurk meer", told[:1].body)
        self.assertIn(refund.name, told[:1].body)
        page = self.url_open("/my/pm/deliveries").text
        self.assertIn("pm_cancelled", self.url_open(done.url).text)
        self.assertNotIn(f"pm_ship_line_{move_a2.id}", page)

        # the last product too: the delivery is closed
        move_a = delivery.move_ids - move_a2
        self._post(url, move_id=str(move_a.id), reason="Atelier dicht")
        self.assertEqual(delivery.state, "cancel")
        self.assertIn("Nothing to ship", self.url_open("/my/pm/deliveries").text)

    def test_the_customer_gets_the_carrier_tracking_link(self):
        order = self._order((self.product_a, 1), (self.product_a2, 1))
        delivery = self._delivery(order, self.member_a)
        bpost = self.env.ref("people_made_vendor.carrier_bpost")
        link = "https://track.bpost.cloud/btr/web/#/search?itemCode=323299"
        self.authenticate("member_a", "member_a")
        page = self.url_open("/my/pm/deliveries").text
        self.assertIn('<option value="bpost"', page, "the carriers are offered")
        move_a2 = delivery.move_ids.filtered(lambda m: m.product_id == self.product_a2)
        self._ship(
            delivery,
            carrier="BPOST",
            tracking_ref="323299",
            **{f"qty_{move_a2.id}": "0"},
        )
        self.assertEqual(delivery.carrier_id, bpost)
        mail = delivery.message_ids.filtered(lambda m: self.customer in m.partner_ids)
        self.assertIn(f'href="{link}"', mail[:1].body)
        # a carrier People Made does not know: its name, no link
        backorder = self._delivery(order, self.member_a)
        self._ship(backorder, carrier="Fietskoerier Gent", tracking_ref="FG-12")
        self.assertFalse(backorder.carrier_id)
        self.assertEqual(backorder.pm_carrier_name, "Fietskoerier Gent")
        mail = backorder.message_ids.filtered(lambda m: self.customer in m.partner_ids)
        self.assertIn("Fietskoerier Gent", mail[:1].body)
        self.assertNotIn("Follow your parcel", mail[:1].body)

        # the customer's order in its portal links the parcel
        self.authenticate(None, None)
        portal = self.url_open(order.get_portal_url()).text
        self.assertIn(link, portal)

    def test_another_member_cannot_ship_see_or_cancel(self):
        order = self._order((self.product_a, 2), (self.product_b, 1))
        delivery_a = self._delivery(order, self.member_a)
        delivery_b = self._delivery(order, self.member_b)
        move_a = delivery_a.move_ids
        self.authenticate("member_b", "member_b")
        page = self.url_open("/my/pm/deliveries").text
        self.assertIn(delivery_b.name, page)
        self.assertNotIn(delivery_a.name, page)
        self.assertNotIn(self.product_a.name, page)
        with mute_logger("odoo.http"):
            shipped = self._ship(delivery_a, **{f"qty_{move_a.id}": "1"})
            cancelled = self._post(
                f"/my/pm/deliveries/{delivery_a.id}/cannot_supply",
                move_id=str(move_a.id),
                reason="x",
            )
        self.assertEqual(shipped.status_code, 404)
        self.assertEqual(cancelled.status_code, 404)
        # A's line through B's own delivery
        through_b = self._post(
            f"/my/pm/deliveries/{delivery_b.id}/cannot_supply",
            move_id=str(move_a.id),
            reason="x",
        )
        self.assertEqual(through_b.status_code, 400)
        self.assertIn("not left to ship in this delivery", through_b.text)
        self._ship(delivery_b, **{f"qty_{move_a.id}": "0"})
        self.assertEqual(delivery_b.state, "done", "A's field is ignored on B's")

        def call(model, method, args):
            return self.make_jsonrpc_request(
                f"/web/dataset/call_kw/{model}/{method}",
                {"model": model, "method": method, "args": args, "kwargs": {}},
            )

        with mute_logger("odoo.http"):
            for model, method, args in (
                ("stock.picking", "action_pm_mark_shipped", [delivery_a.ids, "x", "1"]),
                (
                    "stock.picking",
                    "action_pm_cannot_supply",
                    [delivery_a.ids, move_a.id, "x"],
                ),
                ("stock.picking", "read", [delivery_a.ids, ["move_ids"]]),
                ("stock.move", "read", [move_a.ids, ["quantity"]]),
                ("stock.move", "write", [move_a.ids, {"quantity": 2}]),
            ):
                with self.assertRaises(JsonRpcException, msg=f"{model}.{method}"):
                    call(model, method, args)
        self.assertEqual(delivery_a.state, "assigned")
        self.assertEqual(move_a.state, "assigned")
        self.assertEqual(move_a.product_uom_qty, 2)
        self.assertFalse(delivery_a.carrier_tracking_ref)
