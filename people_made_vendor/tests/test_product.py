# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.exceptions import UserError, ValidationError
from odoo.tests import Form, tagged

from .common import PeopleMadeCase


@tagged("post_install", "-at_install")
class TestProduct(PeopleMadeCase):
    def test_maker_must_be_member(self):
        outsider = self.env["res.partner"].create({"name": "Gewone winkel"})
        with self.assertRaisesRegex(ValidationError, "not a People Made member"):
            self.env["product.template"].create(
                {"name": "Vreemd", "pm_member_id": outsider.id}
            )

    def test_only_approved_products_of_active_members_publish(self):
        proposal = self.env["product.template"].create(
            {
                "name": "Voorstel",
                "pm_member_id": self.member_a.id,
                "pm_approval_state": "proposed",
            }
        )
        with self.assertRaisesRegex(ValidationError, "before People Made approves"):
            proposal.is_published = True
        proposal.action_pm_approve()
        proposal.is_published = True
        self.assertTrue(proposal.is_published)

        proposal.is_published = False
        self.member_a.action_pm_suspend()
        with self.assertRaisesRegex(ValidationError, "not an active member"):
            proposal.is_published = True

    def test_member_is_told_of_approval_and_publication(self):
        proposal = self.env["product.template"].create(
            {
                "name": "Kurken fruitschaal",
                "pm_member_id": self.member_a.id,
                "pm_approval_state": "proposed",
            }
        )

        def told():
            return proposal.message_ids.filtered(
                lambda m: self.member_a in m.partner_ids
            ).sorted("id")

        proposal.action_pm_approve()
        self.assertEqual(len(told()), 1)
        self.assertIn("Kurken fruitschaal is approved", told()[-1].body)
        # by e-mail: the member is a recipient of a mail
        self.assertEqual(
            told()[-1]
            .notification_ids.filtered(lambda n: n.res_partner_id == self.member_a)
            .notification_type,
            "email",
        )
        # the website's Publish button
        proposal.website_publish_button()
        self.assertTrue(proposal.is_published)
        self.assertEqual(len(told()), 2)
        self.assertIn("on sale in the webshop", told()[-1].body)
        self.assertIn(proposal.website_url, told()[-1].body)
        # approving or publishing it again tells nothing more
        proposal.action_pm_approve()
        proposal.is_published = True
        self.assertEqual(len(told()), 2)

    def test_reject_with_reason(self):
        proposal = self.env["product.template"].create(
            {
                "name": "Voorstel",
                "pm_member_id": self.member_a.id,
                "pm_approval_state": "proposed",
            }
        )
        action = proposal.action_pm_reject()
        wizard = Form(self.env[action["res_model"]].with_context(**action["context"]))
        wizard.reason = "  De foto's zijn te donker.  "
        wizard.save().action_reject()
        self.assertEqual(proposal.pm_approval_state, "rejected")
        self.assertEqual(proposal.pm_rejection_reason, "De foto's zijn te donker.")
        with self.assertRaisesRegex(UserError, "Say why"):
            proposal._pm_reject("   ")
        # the reason stays when a blank one is refused
        self.assertEqual(proposal.pm_rejection_reason, "De foto's zijn te donker.")

    def test_suspended_maker_cannot_sell(self):
        order = self.env["sale.order"].create(
            {
                "partner_id": self.customer.id,
                "order_line": [(0, 0, {"product_id": self.product_b.id})],
            }
        )
        self.member_b.action_pm_suspend()
        with self.assertRaisesRegex(UserError, "cannot be sold"):
            order.action_confirm()
        self.assertEqual(order.state, "draft")
