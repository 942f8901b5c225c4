# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.tests import HttpCase, tagged


@tagged("post_install", "-at_install")
class TestBackendTour(HttpCase):
    def test_backend_tour(self):
        # one member only, so the tour can check the count shown in the settings
        self.env["res.partner"].search(
            [("is_pm_member", "=", True)]
        ).is_pm_member = False
        self.env["res.partner"].create(
            {"name": "Atelier Tourtest", "is_company": True, "is_pm_member": True}
        )
        for code in ("nl_BE", "fr_BE"):
            self.env["res.lang"]._activate_lang(code)
        self.start_tour("/odoo", "people_made_backend_tour", login="admin")
