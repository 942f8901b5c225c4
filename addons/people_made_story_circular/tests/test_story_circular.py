# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.tests import HttpCase, tagged

from odoo.addons.people_made_circular.tests.common import CircularCase


@tagged("post_install", "-at_install")
class TestStoryCircular(HttpCase, CircularCase):
    def test_story_tells_the_journey_of_the_material(self):
        self._attach_evidence(self.product)
        self.product.action_pm_record_evidence()
        self.product.is_published = True
        page = self.url_open(f"/s/{self.product.pm_story_code}?lang=en").text
        self.assertIn("60 % of its weight is reclaimed material", page)
        chain = page[page.index('class="pm_story_chain"') :]
        chain = chain[: chain.index("</p>")]
        self.assertLess(chain.index("Kringwinkel Test"), chain.index("Cotton"))
        self.assertLess(chain.index("Cotton"), chain.index("Naaiatelier Test"))
        self.assertIn("0.3 kg", page)

    def test_labels_open_the_story(self):
        labels = self.env["report.people_made_circular.product_label"]._pm_labels(
            [(self.product.product_variant_id.id, 1)]
        )
        self.assertEqual(labels[0]["url"], self.product.pm_story_url)
        self.assertTrue(labels[0]["url"].endswith(f"/s/{self.product.pm_story_code}"))
