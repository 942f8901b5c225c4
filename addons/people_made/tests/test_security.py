# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.exceptions import AccessError
from odoo.tests import TransactionCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestSecurity(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.employee = new_test_user(cls.env, "pm_employee", groups="base.group_user")
        cls.pm_user = new_test_user(
            cls.env, "pm_user", groups="people_made.group_pm_user"
        )
        cls.pm_manager = new_test_user(
            cls.env, "pm_manager", groups="people_made.group_pm_manager"
        )
        cls.menu_root = cls.env.ref("people_made.menu_root")
        cls.menu_config = cls.env.ref("people_made.menu_configuration")

    def _visible_menus(self, user):
        return self.env["ir.ui.menu"].with_user(user)._visible_menu_ids()

    def test_groups_share_one_privilege(self):
        user_group = self.env.ref("people_made.group_pm_user")
        manager_group = self.env.ref("people_made.group_pm_manager")
        privilege = self.env.ref("people_made.res_groups_privilege_people_made")
        self.assertEqual(user_group.privilege_id, privilege)
        self.assertEqual(manager_group.privilege_id, privilege)
        self.assertIn(user_group, manager_group.all_implied_ids)
        self.assertIn(manager_group, self.env.ref("base.user_admin").group_ids)

    def test_menu_visibility(self):
        self.assertNotIn(self.menu_root.id, self._visible_menus(self.employee))
        self.assertIn(self.menu_root.id, self._visible_menus(self.pm_user))
        self.assertNotIn(self.menu_config.id, self._visible_menus(self.pm_user))
        self.assertIn(self.menu_config.id, self._visible_menus(self.pm_manager))

    def test_staff_manage_members_and_products(self):
        member = (
            self.env["res.partner"]
            .with_user(self.pm_user)
            .create(
                {"name": "Atelier Rechten", "is_company": True, "is_pm_member": True}
            )
        )
        self.assertTrue(member.is_pm_member)
        product = (
            self.env["product.template"]
            .with_user(self.pm_user)
            .create({"name": "Kurken onderzetter", "list_price": 3.5})
        )
        self.assertEqual(product.list_price, 3.5)
        # an employee outside People Made may read members but not change them
        with self.assertRaises(AccessError):
            member.with_user(self.employee).write({"is_pm_member": False})
        with self.assertRaises(AccessError):
            self.env["product.template"].with_user(self.employee).create(
                {"name": "Niet toegelaten"}
            )
