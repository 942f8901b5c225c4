# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.tests import HttpCase, tagged


@tagged("post_install", "-at_install")
class TestDemoBasket(HttpCase):
    """The year's-end gift basket at Hestia as a new user meets it."""

    def setUp(self):
        super().setUp()
        self.campaign = self.env.ref(
            "people_made_demo.campaign_year_end", raise_if_not_found=False
        )
        if not self.campaign:
            self.skipTest("demo data not loaded")
        self.basket = self.env.ref("people_made_demo.product_basket_year_end")
        self.velo = self.env.ref("people_made.partner_velo")

    def test_campaign_and_sale_of_three_makers(self):
        self.assertEqual(self.campaign.state, "confirmed")
        transfers = {
            p.pm_hub_sender_id.name: p.state for p in self.campaign.picking_ids
        }
        self.assertEqual(
            transfers,
            {
                "Den Diepen Boomgaard": "done",
                "'t Collectief": "done",
                "VELO": "assigned",
            },
        )
        # the paid web order of two baskets: one parcel from Hestia, each
        # item from its maker's stock there, VELO's still on its way
        order = self.env["sale.order"].search(
            [("partner_id", "=", self.env.ref("people_made_demo.customer_elise").id)]
        )
        delivery = order.picking_ids
        self.assertEqual(len(delivery), 1)
        self.assertEqual(
            delivery.location_id,
            self.env.ref("people_made_demo.warehouse_hestia").lot_stock_id,
        )
        for line in delivery.move_line_ids:
            self.assertEqual(line.owner_id, line.product_id.pm_member_id)
        # its invoice in the ledger: three makers' shares and Hestia's fee,
        # the shares adding up to the net sale
        invoice = order.invoice_ids
        rows = self.env["pm.sales.ledger"].search([("move_id", "=", invoice.id)])
        self.assertEqual(
            set(rows.member_id.mapped("name")),
            {"Den Diepen Boomgaard", "'t Collectief", "VELO", "Hestia"},
        )
        self.assertAlmostEqual(
            sum(rows.mapped("net_amount")), invoice.amount_untaxed, places=2
        )

    def test_velo_sees_what_to_send_in_dutch_and_the_basket_in_french(self):
        self.authenticate("velo", "velo")
        page = self.url_open("/my/pm/hub").text
        self.assertIn("Naar de hub te sturen", page)
        self.assertIn("Flesopener van een fietsketting", page)
        self.assertIn("Eindejaarsmand", page)
        self.assertEqual(
            self.basket.with_context(lang="fr_BE").name, "Panier de fin d'année"
        )
        self.assertEqual(self.campaign.with_context(lang="fr_BE").name, "Fin d'année")
