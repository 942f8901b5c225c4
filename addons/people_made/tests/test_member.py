# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import ast

from odoo.exceptions import ValidationError
from odoo.tests import TransactionCase, tagged


@tagged("post_install", "-at_install")
class TestMember(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Partner = cls.env["res.partner"]
        cls.member = cls.Partner.create(
            {"name": "Atelier Test", "is_company": True, "is_pm_member": True}
        )
        cls.outsider = cls.Partner.create({"name": "Retailer", "is_company": True})

    def test_only_organisations_are_members(self):
        with self.assertRaisesRegex(ValidationError, "Only an organisation"):
            self.Partner.create({"name": "Jan Peeters", "is_pm_member": True})
        # an existing member cannot be turned into a person either
        with self.assertRaisesRegex(ValidationError, "Atelier Test"):
            self.member.is_company = False

    def test_members_action_lists_members_only(self):
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "people_made.action_pm_member"
        )
        found = self.Partner.search(ast.literal_eval(action["domain"]))
        self.assertIn(self.member, found)
        self.assertNotIn(self.outsider, found)
        self.assertTrue(all(found.mapped("is_pm_member")))
        # a member created from the action is a member organisation
        self.assertIn("'default_is_pm_member': True", action["context"])

    def test_membership_is_tracked(self):
        # Odoo tracks changes when the transaction commits, and not those of
        # records created in the same transaction: commit-like flushes around.
        self.env.cr.flush()
        self.outsider.is_pm_member = True
        self.env.cr.flush()
        tracked = self.outsider.message_ids.tracking_value_ids.filtered(
            lambda t: t.field_id.name == "is_pm_member"
        )
        self.assertEqual(len(tracked), 1)
        self.assertTrue(tracked.new_value_integer)
