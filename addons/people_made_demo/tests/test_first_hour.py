# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from unittest.mock import patch

from odoo.tests import HttpCase, tagged


@tagged("post_install", "-at_install")
class TestFirstHour(HttpCase):
    """A new user's first hour on the demo network, in a real browser: the
    Dutch and French shop, click and collect at MAAKBAR, the checkout with
    Belgian VAT, a member's portal and a sale at MAAKBAR's till."""

    def setUp(self):
        super().setUp()
        if not self.env.ref(
            "people_made_demo.pos_config_maakbar", raise_if_not_found=False
        ):
            self.skipTest("demo data not loaded")

    def test_shop_click_and_collect_and_checkout(self):
        # the shopper's address is not sent to a geocoding service
        with patch(
            "odoo.addons.base_geolocalize.models.res_partner.ResPartner.geo_localize",
            return_value=True,
        ):
            self.start_tour("/nl/shop", "people_made_first_hour_shop", login=None)
        order = self.env["sale.order"].search(
            [("partner_id.email", "=", "els.peeters@example.com")]
        )
        self.assertEqual(len(order), 1)
        self.assertEqual(order.company_id, self.env.ref("base.demo_company_be"))
        self.assertEqual(order.carrier_id.delivery_type, "in_store")
        self.assertEqual(
            order.warehouse_id, self.env.ref("people_made.warehouse_maakbar")
        )
        self.assertEqual(order.currency_id.name, "EUR")
        tax = order.order_line.filtered(lambda line: not line.is_delivery).tax_ids
        self.assertEqual(tax.amount, 21.0)
        self.assertEqual(
            (order.amount_untaxed, order.amount_tax, order.amount_total),
            (20.62, 4.33, 24.95),
        )

    def test_member_portal(self):
        self.start_tour("/nl/my", "people_made_first_hour_portal", login="velo")

    def test_maakbar_till_sale(self):
        config = self.env.ref("people_made_demo.pos_config_maakbar")
        admin = self.env.ref("base.user_admin")
        admin.lang = "nl_BE"  # MAAKBAR's cashier works in Dutch
        config.with_user(admin).open_ui()
        self.start_tour(
            f"/pos/ui?config_id={config.id}",
            "people_made_first_hour_till",
            login="admin",
        )
        order = config.current_session_id.order_ids
        self.assertEqual(order.amount_total, 24.95)
        self.assertEqual(
            order.lines.pm_member_id,
            self.env.ref("people_made.partner_kringwinkel_hageland"),
        )
