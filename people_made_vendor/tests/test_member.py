# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields
from odoo.exceptions import UserError
from odoo.tests import tagged

from .common import PeopleMadeCase


@tagged("post_install", "-at_install")
class TestMember(PeopleMadeCase):
    def test_lifecycle(self):
        member = self.env["res.partner"].create(
            {"name": "Nieuw Atelier", "is_company": True, "is_pm_member": True}
        )
        self.assertEqual(member.pm_state, "applied")
        self.assertEqual(member.pm_applied_date, fields.Date.today())
        self.assertFalse(member._pm_can_sell())
        member.action_pm_activate()
        self.assertEqual(member.pm_state, "active")
        self.assertEqual(member.pm_active_date, fields.Date.today())
        self.assertTrue(member._pm_can_sell())
        member.action_pm_suspend()
        self.assertEqual(member.pm_state, "suspended")
        member.action_pm_activate()
        member.action_pm_leave()
        self.assertEqual(member.pm_state, "left")
        self.assertEqual(member.pm_left_date, fields.Date.today())
        with self.assertRaisesRegex(UserError, "Nieuw Atelier cannot be activated"):
            member.action_pm_activate()

    def test_not_a_member_has_no_state(self):
        partner = self.env["res.partner"].create({"name": "Winkel", "is_company": True})
        self.assertFalse(partner.pm_state)
        with self.assertRaises(UserError):
            partner.action_pm_suspend()

    def test_leaving_unpublishes_products(self):
        self.product_a.is_published = True
        self.product_b.is_published = True
        self.member_a.action_pm_leave()
        self.assertFalse(self.product_a.is_published)
        self.assertTrue(self.product_b.is_published)
        self.assertEqual(self.member_a.pm_product_count, 2)
