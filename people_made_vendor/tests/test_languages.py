# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.fields import Command
from odoo.tests import HttpCase, tagged


@tagged("post_install", "-at_install")
class TestLanguages(HttpCase):
    def test_install_dutch_and_french_opens_the_shop_in_both(self):
        """*Install Dutch and French* offers them on the website too, with
        Odoo's own terms translated: /nl/shop and /fr/shop answer."""
        english = self.env["res.lang"]._activate_lang("en_US")
        website = self.env.ref("website.default_website")
        website.write(
            {"language_ids": [Command.set(english.ids)], "default_lang_id": english.id}
        )
        self.assertEqual(self.url_open("/nl/shop").status_code, 404)

        self.env["res.config.settings"].create({}).action_pm_install_languages()

        self.assertEqual(
            set(website.language_ids.mapped("code")), {"en_US", "nl_BE", "fr_BE"}
        )
        for path, term in (
            ("/nl/shop", "Alle producten"),
            ("/fr/shop", "Tous les produits"),
        ):
            response = self.url_open(path, allow_redirects=False)
            self.assertEqual(response.status_code, 200, path)
            self.assertIn(term, response.text, path)
