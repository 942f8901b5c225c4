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
