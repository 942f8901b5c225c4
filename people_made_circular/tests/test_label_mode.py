# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import subprocess
import tempfile
from datetime import timedelta
from pathlib import Path
from unittest.mock import patch

from freezegun import freeze_time
from PIL import Image

from odoo.tests import HttpCase, tagged

from .common import CircularCase

# the label colours of before Directive (EU) 2024/825: green and red
GREEN = (0x2E, 0x8B, 0x57)
RED = (0xC8, 0x20, 0x2E)


def _count_colour(image, colour, tolerance=12):
    """Pixels of ``image`` within ``tolerance`` of ``colour``."""
    return sum(
        count
        for count, pixel in image.convert("RGB").getcolors(maxcolors=1 << 24)
        if all(abs(a - b) <= tolerance for a, b in zip(pixel, colour, strict=True))
    )


@tagged("post_install", "-at_install")
class TestLabelMode(HttpCase, CircularCase):
    """Facts only (the default): no mark sets circular products apart; the
    certified mode: the green logo under a valid certificate only."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.product.write({"name": "Modecirc inpaktextiel", "is_published": True})
        cls._attach_evidence(cls, cls.product)
        cls.product.action_pm_record_evidence()
        cls.plain = cls.env["product.template"].create(
            {
                "name": "Modecirc nieuwe mand",
                "weight": 1.0,
                "list_price": 30.0,
                "is_published": True,
                "pm_member_id": cls.maker.id,
            }
        )
        cls.claim = (
            "60 % of its weight is reclaimed material: 60 % reclaimed cotton "
            "from Kringwinkel Test."
        )

    def _pages(self):
        slug = self.env["ir.http"]._slug(self.maker)
        # a first page builds the routing map: slow on a busy machine
        return {
            "shop": self.url_open("/shop?search=Modecirc", timeout=60).text,
            "product": self.url_open(self.product.website_url, timeout=60).text,
            "maker": self.url_open(f"/makers/{slug}", timeout=60).text,
        }

    def _label_image(self):
        """The A4 label sheet of both products as wkhtmltopdf prints it, as
        an image, and its text."""
        pdf, _kind = (
            self.env["ir.actions.report"]
            .with_context(force_report_rendering=True)
            ._render_qweb_pdf(
                self.env.ref("people_made_circular.action_report_pm_label_2x7"),
                [],
                {
                    "layout": "2x7",
                    "quantities": [
                        (self.product.product_variant_id.id, 1),
                        (self.plain.product_variant_id.id, 1),
                    ],
                },
            )
        )
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "labels.pdf"
            path.write_bytes(pdf)
            subprocess.run(
                ["pdftoppm", "-r", "100", "-png", str(path), str(Path(tmp) / "p")],
                check=True,
            )
            text = subprocess.run(
                ["pdftotext", str(path), "-"],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            image = Image.open(next(Path(tmp).glob("p*.png")))
            image.load()
        return image, text

    def test_facts_only_is_the_default_and_shows_no_mark(self):
        self.assertEqual(self.env["res.company"].new({}).pm_label_mode, "facts")
        self.assertEqual(self.env.company.pm_label_mode, "facts")
        # a certificate changes nothing in this mode
        self._certify(self.product)
        self.env.company.pm_label_mode = "facts"
        self.assertTrue(self.product.pm_is_circular)
        self.assertFalse(self.product.pm_has_mark)
        pages = self._pages()
        for name, page in pages.items():
            with self.subTest(page=name):
                self.assertNotIn("pm_logo_circular", page)
                self.assertNotIn("pm_logo_regular", page)
                self.assertIn("pm_logo_brand", page)
        # both products carry the same logo in the shop
        self.assertEqual(pages["shop"].count("pm_logo_brand"), 2)
        # the claim in words stays
        self.assertIn(self.claim, pages["product"])
        # the printed labels: no green, no red, the fact in words
        image, text = self._label_image()
        self.assertEqual(_count_colour(image, GREEN), 0)
        self.assertEqual(_count_colour(image, RED), 0)
        self.assertIn("60 % reclaimed material", text)
        zpl = self.env["report.people_made_circular.product_label"]._pm_zpl(
            [(self.product.product_variant_id.id, 1)]
        )
        self.assertIn("People Made  60 % reclaimed material", zpl)
        self.assertNotIn("certified", zpl)

    def test_certified_mark_follows_the_certificate(self):
        self.env.company.pm_label_mode = "certified"
        # no certificate: no mark, on no product
        self.assertFalse(self.product.pm_has_mark)
        self.assertNotIn("pm_logo_circular", self._pages()["product"])
        certificate = self._certify(self.product, days=40)
        self.assertTrue(self.product.pm_has_mark)
        self.assertFalse(self.plain.pm_has_mark)
        pages = self._pages()
        self.assertEqual(pages["shop"].count("pm_logo_circular"), 1)
        self.assertIn("pm_logo_circular", pages["product"])
        self.assertIn(self.claim, pages["product"])
        self.assertIn("pm_logo_circular", pages["maker"])
        image, _text = self._label_image()
        self.assertGreater(_count_colour(image, GREEN), 100)
        self.assertEqual(_count_colour(image, RED), 0)
        zpl = self.env["report.people_made_circular.product_label"]._pm_zpl(
            [(self.product.product_variant_id.id, 1)]
        )
        self.assertIn("People Made  certified 60 % reclaimed material", zpl)
        # 20 days on: still valid, but staff see it loses the mark soon
        today = self.env.company._pm_today()
        with freeze_time(today + timedelta(days=20)):
            self.assertEqual(certificate.state, "expiring")
            self.assertTrue(self.product.pm_has_mark)
            action = self.env["pm.certificate"].action_pm_expiring_products()
            losing = self.env["product.template"].search(action["domain"])
            # (and the demo's cork coasters, when the demo is loaded)
            self.assertIn(self.product, losing)
            self.assertNotIn(self.plain, losing)
        # the day after its end: the mark is gone everywhere at once
        with freeze_time(certificate.date_to + timedelta(days=1)):
            # a new day is a new request: nothing computed yesterday is kept
            self.env.invalidate_all()
            self.assertEqual(certificate.state, "expired")
            self.assertFalse(self.product.pm_has_mark)
            self.assertNotIn("pm_logo_circular", self._pages()["product"])
            labels = self.env["report.people_made_circular.product_label"]._pm_labels(
                [(self.product.product_variant_id.id, 1)]
            )
            self.assertFalse(labels[0]["mark"])

    def test_shop_looks_certificates_up_once_per_page(self):
        """The green logo of all the cards of a shop page comes from one
        search of the certificates, not one per card."""
        self.env.company.pm_label_mode = "certified"
        self._certify(self.product | self.plain, days=40)
        Template = type(self.env["product.template"])
        look_ups = []
        original = Template._pm_certificates

        def counting(products, date=None):
            look_ups.append(len(products))
            return original(products, date)

        with patch.object(Template, "_pm_certificates", counting):
            shop = self.url_open("/shop?search=Modecirc", timeout=60).text
        self.assertEqual(shop.count("pm_logo_circular"), 2)
        self.assertEqual(len(look_ups), 1, "one look-up for the page")
        self.assertGreaterEqual(look_ups[0], 2, "for all its cards")

    def test_withdrawn_certificate_and_material_scope(self):
        certificate = self._certify(materials=self.textile, holder=self.maker)
        # a certificate of textile covers the holder's products with
        # reclaimed cotton (a kind of textile), not its other products
        self.assertTrue(self.product.pm_has_mark)
        self.assertFalse(self.plain.pm_has_mark)
        other = self.product.copy({"pm_member_id": False})
        self.assertFalse(other.pm_has_mark)
        certificate.withdrawn = True
        self.assertFalse(self.product.pm_has_mark)
        self.assertNotIn("pm_logo_circular", self._pages()["shop"])

    def test_criteria_page_says_what_each_mode_claims(self):
        page = self.url_open("/circular/criteria", timeout=60).text
        self.assertIn("pm_criteria_facts", page)
        self.assertIn("it is our name", page)
        self.assertNotIn("pm_criteria_schemes", page)
        self._certify(self.product)
        page = self.url_open("/circular/criteria", timeout=60).text
        self.assertIn("pm_criteria_certified", page)
        self.assertIn("Recycled Claim Standard Test", page)
        self.assertIn("Textile Exchange Test", page)
        # the certificate itself is not public
        self.assertNotIn("RCS-TEST-001", page)
