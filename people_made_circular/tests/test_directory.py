# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.tests import HttpCase, tagged

from .common import CircularCase


@tagged("post_install", "-at_install")
class TestNetworkDirectory(HttpCase, CircularCase):
    """/makers is the network: a member that collects textile and sells
    nothing is in it, found by its waste stream."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Partner = cls.env["res.partner"]
        cls.kringwinkel = Partner.create(
            {
                "name": "Kringwinkel Dirtest",
                "is_company": True,
                "is_pm_member": True,
                "pm_kind": "custom_workshop",
                "city": "Leuven",
            }
        )
        cls.kringwinkel.action_pm_activate()
        cls.maker.write({"pm_kind": "custom_workshop", "city": "Herent"})
        cls.cork_maker = Partner.create(
            {
                "name": "Kurkwerk Dirtest",
                "is_company": True,
                "is_pm_member": True,
                "pm_kind": "custom_workshop",
                "city": "Leuven",
            }
        )
        cls.cork_maker.action_pm_activate()
        Source = cls.env["pm.material.source"]
        Source.create(
            {
                "material_id": cls.cotton.id,
                "supplier_id": cls.kringwinkel.id,
                "processor_id": cls.maker.id,
            }
        )
        Source.create(
            {
                "material_id": cls.cork.id,
                "supplier_id": cls.supplier.id,
                "processor_id": cls.cork_maker.id,
            }
        )
        cls.members = {
            "Kringwinkel Dirtest": cls.kringwinkel,
            "Naaiatelier Test": cls.maker,
            "Kurkwerk Dirtest": cls.cork_maker,
        }

    def _listed(self, query):
        page = self.url_open(f"/makers{query}").text
        return {name for name in self.members if name in page}

    def test_member_without_products_but_a_chain_is_listed(self):
        self.assertFalse(
            self.env["product.template"].search(
                [("pm_member_id", "=", self.kringwinkel.id)]
            )
        )
        page = self.url_open("/makers").text
        self.assertIn("Kringwinkel Dirtest", page)
        self.assertIn("Collects Textile", page)
        self.assertIn("Processes Cork", page)
        slug = self.env["ir.http"]._slug(self.kringwinkel)
        maker_page = self.url_open(f"/makers/{slug}").text
        self.assertIn("Collects Textile", maker_page)
        self.assertIn(
            f'href="/makers/{self.env["ir.http"]._slug(self.maker)}"', maker_page
        )
        # the sewing workshop says where its textile comes from
        slug = self.env["ir.http"]._slug(self.maker)
        self.assertIn("from Kringwinkel Dirtest", self.url_open(f"/makers/{slug}").text)

    def test_waste_stream_filter_combines_with_kind_and_municipality(self):
        textile = f"?stream={self.textile.id}"
        self.assertEqual(
            self._listed(textile), {"Kringwinkel Dirtest", "Naaiatelier Test"}
        )
        self.assertEqual(self._listed(f"?stream={self.cork.id}"), {"Kurkwerk Dirtest"})
        self.assertEqual(
            self._listed(f"{textile}&city=Leuven"), {"Kringwinkel Dirtest"}
        )
        self.assertEqual(
            self._listed(f"{textile}&kind=custom_workshop&city=Herent"),
            {"Naaiatelier Test"},
        )
        self.assertEqual(self._listed(f"{textile}&kind=cooperative"), set())
        # a sub-kind or a malformed id is no stream: ignored
        self.assertEqual(self._listed(f"?stream={self.cotton.id}"), set(self.members))
        self.assertEqual(self._listed("?stream=1e9"), set(self.members))
        page = self.url_open(f"/makers{textile}").text
        self.assertRegex(
            page, rf'<option (?=[^>]*value="{self.textile.id}")[^>]*selected'
        )
