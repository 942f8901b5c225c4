# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import timedelta

from freezegun import freeze_time

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

    def test_cached_page_follows_its_own_materials_only(self):
        """The page's cache key changes with what the page shows (the line's
        material and its parent, the supplier, the chains of the material)
        and not with the rest of the network's catalogue."""
        self._attach_evidence(self.product)
        self.product.action_pm_record_evidence()
        self.product.is_published = True
        fingerprint = self.product._pm_story_fingerprint
        url = f"/s/{self.product.pm_story_code}?lang=en"
        before = fingerprint()
        self.url_open(url)
        # another material, and a chain of it: not on this page
        glass = self.env["pm.material"].create({"name": "Glas test"})
        self.env["pm.material.source"].create(
            {"material_id": glass.id, "supplier_id": self.supplier.id}
        )
        self.env.ref("people_made_circular.material_rubber").name = "Rubber (nieuw)"
        self.assertEqual(fingerprint(), before)
        # what is on it: each edit shows on the next scan
        self.textile.name = "Textiel uit containers"
        after_parent = fingerprint()
        self.assertNotEqual(after_parent, before)
        self.assertIn("Textiel uit containers", self.url_open(url).text)
        self.supplier.name = "Kringwinkel Hageland"
        self.assertNotEqual(fingerprint(), after_parent)
        self.assertIn("Kringwinkel Hageland", self.url_open(url).text)
        after_supplier = fingerprint()
        self.env["pm.material.source"].create(
            {"material_id": self.textile.id, "supplier_id": self.maker.id}
        )
        self.assertNotEqual(fingerprint(), after_supplier)

    def test_story_page_mark_follows_the_label_mode(self):
        """Facts only: the claim in words, no green mark; certified: the mark
        while the certificate is valid, gone (a new cache key) once it
        expires."""
        self._attach_evidence(self.product)
        self.product.action_pm_record_evidence()
        self.product.is_published = True
        url = f"/s/{self.product.pm_story_code}?lang=en"
        page = self.url_open(url, timeout=60).text
        self.assertIn("60 % of its weight is reclaimed material", page)
        self.assertNotIn('class="pm_logo pm_logo_circular"', page)
        certificate = self._certify(self.product, days=5)
        page = self.url_open(url, timeout=60).text
        self.assertIn('class="pm_logo pm_logo_circular"', page)
        self.assertIn("60 % of its weight is reclaimed material", page)
        with freeze_time(certificate.date_to + timedelta(days=1)):
            page = self.url_open(url, timeout=60).text
        self.assertNotIn('class="pm_logo pm_logo_circular"', page)
        self.assertIn("60 % of its weight is reclaimed material", page)
