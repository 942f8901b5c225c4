# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.tests import tagged

from odoo.addons.people_made_circular.tests.common import CircularCase
from odoo.addons.people_made_story.tests.test_proxy import NginxCase


@tagged("post_install", "-at_install")
class TestProxyCriteria(NginxCase, CircularCase):
    """The label's criteria, linked from every story page, come from the
    proxy's micro-cache like the story page itself."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        french = cls.env["res.lang"]._activate_lang("fr_BE")
        cls.env.ref("website.default_website").language_ids |= french

    def test_criteria_page_comes_from_the_cache_the_second_time(self):
        self.env.company.pm_circular_threshold = 55.0
        for path in ("/circular/criteria", "/fr/circular/criteria"):
            first = self._get(path)
            second = self._get(path)
            self.assertEqual(first.status_code, 200, path)
            self.assertEqual(first.headers["X-Cache-Status"], "MISS", path)
            self.assertEqual(second.headers["X-Cache-Status"], "HIT", path)
            self.assertEqual(second.content, first.content)
            self.assertNotIn("Set-Cookie", second.headers)
            self.assertIn('<strong class="pm_threshold">55 %</strong>', second.text)
        # each language is its own page
        self.assertIn('lang="fr-BE"', second.text)

    def test_a_visitor_with_a_session_never_gets_nor_fills_the_cache(self):
        self.authenticate("admin", "admin")
        cookies = {"session_id": self.session.sid}
        for _i in range(2):
            response = self._get("/circular/criteria", cookies=cookies)
            self.assertEqual(response.headers["X-Cache-Status"], "BYPASS")
            self.assertEqual(response.headers["Cache-Control"], "private, no-store")
