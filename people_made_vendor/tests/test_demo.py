# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.tests import TransactionCase, tagged


@tagged("post_install", "-at_install")
class TestVendorDemo(TransactionCase):
    """The demo network's makers, as `make run` shows them."""

    def setUp(self):
        super().setUp()
        if not self.env.ref("people_made.partner_velo", raise_if_not_found=False):
            self.skipTest("demo data not loaded")

    def test_demo_members_are_active_makers(self):
        members = self.env["res.partner"].search([("is_pm_member", "=", True)])
        demo = members.filtered(
            lambda m: m.get_external_id()[m.id].startswith("people_made.")
        )
        self.assertEqual(len(demo), 10)
        self.assertEqual(set(demo.mapped("pm_state")), {"active"})
        ships = demo.filtered(lambda m: m.pm_fulfilment == "ships")
        self.assertEqual(set(ships.mapped("name")), {"VELO", "De Vlaspit"})

    def test_demo_products_have_their_maker(self):
        earrings = self.env.ref("people_made.product_rubber_earrings")
        self.assertEqual(
            earrings.pm_member_id, self.env.ref("people_made.partner_velo")
        )
        self.assertTrue(earrings.is_published)
        self.assertEqual(earrings.pm_approval_state, "approved")
        coasters = self.env.ref("people_made.product_cork_coasters")
        self.assertEqual(coasters.pm_member_id.name, "De Vlaspit")
