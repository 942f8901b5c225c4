# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import base64
import io
import re
import subprocess
import tempfile
from pathlib import Path

import zxingcpp
from PIL import Image
from PyPDF2 import PdfFileReader

from odoo.exceptions import UserError
from odoo.tests import HttpCase, tagged

from .common import CircularCase


@tagged("post_install", "-at_install")
class TestLabels(CircularCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.variant = cls.product.product_variant_id
        cls.plain = cls.env["product.product"].create(
            {"name": "Kaarsenhouder", "list_price": 7.5}
        )
        cls.Label = cls.env["report.people_made_circular.product_label"]
        cls.report = cls.env.ref("people_made_circular.action_report_pm_label_3x7")

    def _html(self, quantities, layout="3x7"):
        report = self.env.ref(f"people_made_circular.action_report_pm_label_{layout}")
        html, _kind = self.env["ir.actions.report"]._render_qweb_html(
            report, [], {"layout": layout, "quantities": quantities}
        )
        return html.decode()

    def test_sheet_has_the_labels_asked(self):
        values = self.Label._get_report_values(
            [],
            {
                "layout": "3x7",
                "quantities": [(self.variant.id, 3), (self.plain.id, 20)],
            },
        )
        self.assertEqual([len(page) for page in values["pages"]], [21, 2])
        html = self._html([(self.variant.id, 3), (self.plain.id, 20)])
        self.assertEqual(html.count('class="pm_label"'), 23)
        self.assertEqual(html.count("pm_label_page"), 2)
        self.assertIn("Made by Naaiatelier Test", html)
        values = self.Label._get_report_values(
            [], {"layout": "2x7", "quantities": [(self.plain.id, 15)]}
        )
        self.assertEqual([len(page) for page in values["pages"]], [14, 1])

    def test_logo_is_green_only_for_certified_products(self):
        self._attach_evidence(self.product)
        self.product.action_pm_record_evidence()
        # facts only (the default): one colour, the fact in words
        html = self._html([(self.variant.id, 1), (self.plain.id, 1)])
        self.assertEqual(html.count("pm_label_logo_brand"), 2)
        self.assertNotIn("pm_label_logo_circular", html)
        self.assertIn("60 % reclaimed material", html)
        # certified: green under a valid certificate only
        self._certify(self.product)
        html = self._html([(self.variant.id, 1), (self.plain.id, 1)])
        self.assertEqual(html.count("pm_label_logo_circular"), 1)
        self.assertEqual(html.count("pm_label_logo_brand"), 1)

    def test_qr_code_decodes_to_the_product_url(self):
        url = self.product._pm_label_url()
        self.assertTrue(url.startswith(self.product.get_base_url()))
        # the shop page; the story page once people_made_story is installed
        if "pm_story_code" in self.product._fields:
            self.assertTrue(url.endswith(f"/s/{self.product.pm_story_code}"))
        else:
            self.assertIn("/shop/", url)
        qr = self.Label._pm_qr(url)
        self.assertGreaterEqual(qr["module_mm"], 0.4)
        self.assertAlmostEqual(qr["size_mm"], (qr["modules"] + 8) * qr["module_mm"])
        png = base64.b64decode(qr["src"].split(",", 1)[1])
        image = Image.open(io.BytesIO(png))
        # a quiet zone of 4 modules: the border rows are white
        module_px = image.width // (qr["modules"] + 8)
        self.assertEqual(module_px * (qr["modules"] + 8), image.width)
        border = image.convert("L").crop((0, 0, image.width, 4 * module_px))
        self.assertEqual(border.getextrema(), (255, 255))
        self.assertEqual([r.text for r in zxingcpp.read_barcodes(image)], [url])

    def test_zpl(self):
        zpl = self.Label._pm_zpl([(self.variant.id, 2), (self.plain.id, 1)])
        self.assertEqual(zpl.count("^XA"), 3)
        self.assertEqual(zpl.count("^XZ"), 3)
        self.assertEqual(zpl.count(f"^FDMA,{self.product._pm_label_url()}^FS"), 2)
        self.assertIn("Made by Naaiatelier Test", zpl)
        self.assertIn("Kaarsenhouder", zpl)
        self.assertNotIn("certified", zpl)
        # ZPL's command characters in data are neutralised
        self.plain.name = "Bord ^XZ~JA"
        self.assertEqual(self.Label._pm_zpl([(self.plain.id, 1)]).count("^XZ"), 1)

    def test_wizard_from_receipt_prints_one_label_per_unit(self):
        warehouse = self.env["stock.warehouse"].search(
            [("company_id", "=", self.env.company.id)], limit=1
        )
        receipt = self.env["stock.picking"].create(
            {
                "partner_id": self.maker.id,
                "picking_type_id": warehouse.in_type_id.id,
                "move_ids": [
                    (
                        0,
                        0,
                        {
                            "product_id": self.variant.id,
                            "product_uom_qty": 5,
                            "location_id": self.env.ref(
                                "stock.stock_location_suppliers"
                            ).id,
                            "location_dest_id": warehouse.lot_stock_id.id,
                        },
                    )
                ],
            }
        )
        wizard = (
            self.env["pm.label.print.wizard"]
            .with_context(active_model="stock.picking", active_ids=receipt.ids)
            .create({"layout": "zpl"})
        )
        self.assertEqual(
            [(line.product_id, line.quantity) for line in wizard.line_ids],
            [(self.variant, 5)],
        )
        action = wizard.action_print()
        attachment_id = int(re.search(r"/web/content/(\d+)", action["url"]).group(1))
        zpl = self.env["ir.attachment"].browse(attachment_id).raw.decode()
        self.assertEqual(zpl.count("^XA"), 5)

    def test_wizard_needs_a_label(self):
        wizard = (
            self.env["pm.label.print.wizard"]
            .with_context(active_model="product.template", active_ids=self.product.ids)
            .create({})
        )
        self.assertEqual(wizard.line_ids.quantity, 1)
        wizard.line_ids.quantity = 0
        with self.assertRaisesRegex(UserError, "at least one label"):
            wizard.action_print()
        wizard.line_ids.quantity = 2
        action = wizard.action_print()
        self.assertEqual(action["report_name"], "people_made_circular.product_label")
        self.assertEqual(action["data"]["quantities"], [(self.variant.id, 2)])


@tagged("post_install", "-at_install")
class TestLabelsPdf(HttpCase, CircularCase):
    def test_pdf_sheet(self):
        """The real PDF: 2 pages for 23 labels, and its QR codes scan.

        An HttpCase: wkhtmltopdf fetches the report's assets from the server."""
        pdf, kind = (
            self.env["ir.actions.report"]
            .with_context(force_report_rendering=True)
            ._render_qweb_pdf(
                self.env.ref("people_made_circular.action_report_pm_label_3x7"),
                [],
                {
                    "layout": "3x7",
                    "quantities": [(self.product.product_variant_id.id, 23)],
                },
            )
        )
        self.assertEqual(kind, "pdf")
        self.assertEqual(PdfFileReader(io.BytesIO(pdf)).getNumPages(), 2)
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "labels.pdf"
            path.write_bytes(pdf)
            subprocess.run(
                [
                    "pdftoppm",
                    "-r",
                    "300",
                    "-png",
                    "-f",
                    "2",
                    "-l",
                    "2",
                    str(path),
                    str(Path(tmp) / "p"),
                ],
                check=True,
            )
            page = Image.open(next(Path(tmp).glob("p*.png")))
            texts = [r.text for r in zxingcpp.read_barcodes(page)]
        self.assertEqual(texts, [self.product._pm_label_url()] * 2)
