# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.tests import TransactionCase, tagged


@tagged("post_install", "-at_install")
class TestSettings(TransactionCase):
    def test_member_count(self):
        Partner = self.env["res.partner"]
        before = self.env["res.config.settings"].create({}).pm_member_count
        Partner.create(
            {"name": "Atelier Teller", "is_company": True, "is_pm_member": True}
        )
        Partner.create({"name": "Geen lid", "is_company": True})
        self.assertEqual(
            self.env["res.config.settings"].create({}).pm_member_count, before + 1
        )

    def test_open_members(self):
        action = self.env["res.config.settings"].create({}).action_pm_open_members()
        self.assertEqual(action["res_model"], "res.partner")
        self.assertEqual(action["domain"], "[('is_pm_member', '=', True)]")

    def test_install_french(self):
        """A database without French gets it, with People Made's translations."""
        french = self.env.ref("base.lang_fr_BE")
        if "website" in self.env:
            # a language a website offers cannot be deactivated
            self.env["website"].search([("language_ids", "in", french.id)]).write(
                {"language_ids": [(3, french.id)]}
            )
        # nor one a contact speaks (the demo network's French-speaking shoppers)
        self.env["res.partner"].with_context(active_test=False).search(
            [("lang", "=", "fr_BE")]
        ).lang = "en_US"
        french.active = False
        settings = self.env["res.config.settings"].create({})
        self.assertIn(french.name, settings.pm_missing_language_names)

        result = settings.action_pm_install_languages()

        self.assertTrue(french.active)
        self.assertEqual(result["params"]["type"], "success")
        self.assertIn(french.name, result["params"]["message"])
        self.assertFalse(
            self.env["res.config.settings"].create({}).pm_missing_language_names
        )
        menu = self.env.ref("people_made.menu_pm_member").with_context(lang="fr_BE")
        self.assertEqual(menu.name, "Membres")
