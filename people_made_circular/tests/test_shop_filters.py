# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.tests import HttpCase, tagged
from odoo.tools import mute_logger

from .common import CircularCase


@tagged("post_install", "-at_install")
class TestShopFilters(HttpCase, CircularCase):
    """The circular channel's material filter takes any value in the URL."""

    def test_material_ids_that_do_not_exist(self):
        self.product.write({"name": "Filtertest inpaktextiel", "is_published": True})
        self._attach_evidence(self.product)
        self.product.action_pm_record_evidence()
        self.assertTrue(self.product.pm_is_circular)
        for material in ("0", "-1", "²", "99999999999999999999", "2147483647", "x"):
            # searched: the demo's circular products fill the first pages
            response = self.url_open(
                f"/shop?circular=1&search=Filtertest&material={material}"
            )
            self.assertEqual(response.status_code, 200, material)
            # no such material is no filter: the circular products are shown
            self.assertIn("Filtertest inpaktextiel", response.text, material)
            response = self.url_open(f"/circular?material={material}")
            self.assertEqual(response.status_code, 200, material)
        with mute_logger("odoo.http"):
            response = self.url_open("/shop?circular=1&material=%00")
        self.assertEqual(response.status_code, 400)
