# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import base64
import io
import itertools
import re

import zxingcpp
from PIL import Image

from odoo.exceptions import UserError
from odoo.tests import HttpCase, tagged
from odoo.tools import mute_logger

from odoo.addons.people_made_vendor.tests.common import PeopleMadeCase


@tagged("post_install", "-at_install")
class TestStoryTags(HttpCase, PeopleMadeCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.product = cls.product_b.product_tmpl_id
        cls.product.pm_story = "<p>Patchwork van Kringwinkel-stoffen.</p>"
        cls.product.is_published = True
        cls.batch = cls.env["pm.story.tag.batch"].create(
            {"name": "Rol 12", "product_tmpl_id": cls.product.id, "quantity": 5}
        )
        cls.batch.action_generate()

    def test_codes_are_unguessable(self):
        tags = self.batch.tag_ids
        self.assertEqual(len(tags), 5)
        codes = tags.mapped("code")
        self.assertEqual(len(set(codes)), 5)
        for code in codes:
            # 22 URL-safe characters: 128 bits from the system's random source
            self.assertRegex(code, r"^[A-Za-z0-9_-]{22}$")
            self.assertGreaterEqual(len(base64.urlsafe_b64decode(code + "==")), 16)
        # not sequential: consecutive tags' codes differ almost everywhere
        for first, second in itertools.pairwise(codes):
            differ = sum(a != b for a, b in zip(first, second, strict=True))
            self.assertGreater(differ, 12)
        with self.assertRaisesRegex(UserError, "exist already"):
            self.batch.action_generate()

    def test_tag_opens_the_story_and_is_counted(self):
        tag = self.batch.tag_ids[0]
        response = self.url_open(f"/t/{tag.code}")
        self.assertEqual(response.status_code, 200)
        self.assertIn("Patchwork van Kringwinkel-stoffen.", response.text)
        scans = self.env["pm.story.scan"].search([("tag_id", "=", tag.id)])
        self.assertEqual((scans.count, scans.product_tmpl_id), (1, self.product))

    def test_unknown_or_unlinked_tag_answers_404(self):
        loose = self.env["pm.story.tag"].create({})
        with mute_logger("odoo.http"):
            for path in (f"/t/{loose.code}", "/t/" + "A" * 22, "/t/" + "x" * 80):
                self.assertEqual(self.url_open(path).status_code, 404, path)
        # a code only answers for its own tag, never a neighbour's
        tag = self.batch.tag_ids[0]
        with mute_logger("odoo.http"):
            self.assertEqual(self.url_open(f"/t/{tag.code[:-1]}").status_code, 404)

    def test_label_sheet_carries_each_tags_qr_code(self):
        tags = self.batch.tag_ids
        html, _kind = self.env["ir.actions.report"]._render_qweb_html(
            "people_made_story.action_report_pm_story_tags", tags.ids
        )
        html = html.decode()
        self.assertEqual(html.count('class="pm_tag_label"'), 5)
        uris = re.findall(r'src="data:image/png;base64,([^"]+)"', html)
        decoded = {
            zxingcpp.read_barcodes(Image.open(io.BytesIO(base64.b64decode(uri))))[
                0
            ].text
            for uri in uris
        }
        self.assertEqual(decoded, set(tags.mapped("url")))
        action = self.batch.action_print_labels()
        self.assertEqual(action["report_name"], "people_made_story.report_story_tags")
