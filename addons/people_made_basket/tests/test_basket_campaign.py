# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import date

from odoo import http
from odoo.tests import HttpCase, tagged

from .common import BasketCase


@tagged("post_install", "-at_install")
class TestBasketCampaign(HttpCase, BasketCase):
    """A campaign asks each maker to send its items to the hub; the maker
    marks them sent in its portal, the hub receives them, the maker still
    owning them."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._pm_portal_users()
        cls._put(cls.product_b, 10, cls.stock, cls.member_b)
        cls._put(cls.product_c, 10, cls.stock, cls.member_c)
        # People Made's own C items there: never sent as C's
        cls._put(cls.product_c, 10, cls.stock, False)
        cls.campaign = cls.env["pm.basket.campaign"].create(
            {
                "name": "Eindejaar 2026",
                "basket_id": cls.basket.product_tmpl_id.id,
                "quantity": 3,
                "date_from": date(2026, 10, 1),
                "date_to": date(2026, 12, 31),
                "source_location_id": cls.stock.id,
            }
        )

    def _post(self, url, **data):
        response = self.url_open(
            url, data={**data, "csrf_token": http.Request.csrf_token(self)}
        )
        self.env.invalidate_all()
        return response

    def _transfer(self, maker):
        return self.campaign.picking_ids.filtered(lambda p: p.pm_hub_sender_id == maker)

    def test_campaign_to_hub_to_sale(self):
        self.campaign.action_confirm()
        self.assertEqual(self.campaign.state, "confirmed")
        self.assertEqual(
            {
                p.pm_hub_sender_id: (
                    p.picking_type_id,
                    p.location_id,
                    p.location_dest_id,
                    p.owner_id,
                    {m.product_id: m.product_uom_qty for m in p.move_ids},
                )
                for p in self.campaign.picking_ids
            },
            {
                # A ships its own orders: the hub receives from its workshop
                self.member_a: (
                    self.hub.in_type_id,
                    self.env.ref("people_made_vendor.stock_location_makers"),
                    self.hub_stock,
                    self.member_a,
                    {self.product_a: 3},
                ),
                self.member_b: (
                    self.hub.int_type_id,
                    self.stock,
                    self.hub_stock,
                    self.member_b,
                    {self.product_b: 3},
                ),
                self.member_c: (
                    self.hub.int_type_id,
                    self.stock,
                    self.hub_stock,
                    self.member_c,
                    {self.product_c: 6},
                ),
            },
        )
        transfer_c = self._transfer(self.member_c)
        self.assertEqual(transfer_c.move_line_ids.owner_id, self.member_c)

        # B's portal lists its own transfer, not C's
        self.authenticate("member_b", "member_b")
        page = self.url_open("/my/pm/hub")
        self.assertEqual(page.status_code, 200)
        self.assertIn(self._transfer(self.member_b).name, page.text)
        self.assertNotIn(transfer_c.name, page.text)
        # B cannot mark C's transfer sent
        response = self._post(f"/my/pm/hub/{transfer_c.id}/sent")
        self.assertEqual(response.status_code, 404)
        self.assertFalse(transfer_c.pm_hub_sent_date)
        # B marks its own sent
        transfer_b = self._transfer(self.member_b)
        response = self._post(f"/my/pm/hub/{transfer_b.id}/sent")
        self.assertEqual(response.status_code, 200)
        self.assertIn("is marked sent", response.text)
        self.assertTrue(transfer_b.pm_hub_sent_date)
        # twice: a clear error, nothing changed
        response = self._post(f"/my/pm/hub/{transfer_b.id}/sent")
        self.assertEqual(response.status_code, 400)
        self.assertIn("already sent", response.text)

        # the hub receives everything; the goods stay their makers'
        self.campaign.picking_ids.action_pm_receive_at_hub()
        self.assertEqual(set(self.campaign.picking_ids.mapped("state")), {"done"})
        Quant = self.env["stock.quant"]
        for product, maker, qty in (
            (self.product_a, self.member_a, 3),
            (self.product_b, self.member_b, 3),
            (self.product_c, self.member_c, 6),
        ):
            quants = Quant.search(
                [
                    ("product_id", "=", product.id),
                    ("location_id", "=", self.hub_stock.id),
                ]
            )
            self.assertEqual(quants.owner_id, maker)
            self.assertEqual(sum(quants.mapped("quantity")), qty)
        # People Made's own C items stayed where they were
        own_c = Quant.search(
            [
                ("product_id", "=", self.product_c.id),
                ("location_id", "=", self.stock.id),
                ("owner_id", "=", False),
            ]
        )
        self.assertEqual(sum(own_c.mapped("quantity")), 10)

        # a basket sold, settled: the campaign view shows it per maker
        self._invoice([(self.basket, 1, 39.99, 10)], day=date(2026, 10, 20))
        self._run_makers()
        self.campaign.invalidate_recordset(["summary_html"])
        makers, channels = self.campaign._pm_summary()
        self.assertEqual(
            (makers[self.member_c]["asked"], makers[self.member_c]["received"]),
            (6, 6),
        )
        self.assertEqual(makers[self.member_c]["sold"], 2)
        self.assertEqual(makers[self.member_c]["share"], 14.39)
        self.assertEqual(makers[self.member_c]["net"], 10.79)
        self.assertEqual(makers[self.member_hub]["net"], 2.5)
        self.assertEqual(dict(channels), {self.webshop: 1})
        self.assertIn("Atelier C", self.campaign.summary_html)

    def test_a_member_without_the_campaign_sees_nothing(self):
        self.campaign.action_confirm()
        # A has no hub page entry of B's; an unknown id is not found
        self.authenticate("member_a", "member_a")
        page = self.url_open("/my/pm/hub")
        self.assertNotIn(self._transfer(self.member_b).name, page.text)
        response = self._post("/my/pm/hub/999999999/sent")
        self.assertEqual(response.status_code, 404)

    def test_cannot_cancel_after_the_hub_received(self):
        self.campaign.action_confirm()
        self._transfer(self.member_b).action_pm_receive_at_hub()
        with self.assertRaisesRegex(Exception, "received items already"):
            self.campaign.action_cancel()
