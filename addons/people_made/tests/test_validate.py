# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import io
from datetime import date

from PIL import Image
from werkzeug.datastructures import FileStorage

from odoo.exceptions import UserError
from odoo.tests import TransactionCase, freeze_time, tagged

from ..tools import validate


def upload(data, filename="a.png"):
    return FileStorage(stream=io.BytesIO(data), filename=filename)


@tagged("post_install", "-at_install")
class TestValidate(TransactionCase):
    """The checks every People Made form and URL uses."""

    def test_text(self):
        env = self.env
        self.assertEqual(validate.clean_text(env, "  Mand  ", "The name", 10), "Mand")
        self.assertEqual(validate.clean_text(env, None, "The name", 10), "")
        self.assertEqual(
            validate.clean_text(env, "a\r\nb\tc", "Text", 10, multiline=True),
            "a\nb\tc",
        )
        for value, error in (
            ("a\x00b", "invisible control characters"),
            ("a\tb", "invisible control characters"),
            ("a\x1bb", "invisible control characters"),
            ("x" * 11, "has 11 characters; it can have at most 10"),
            (upload(b"x"), "must be text"),
        ):
            with self.assertRaisesRegex(UserError, error):
                validate.clean_text(env, value, "The name", 10)

    def test_numbers(self):
        env = self.env
        self.assertEqual(validate.clean_number(env, "12,50", "The price"), 12.5)
        self.assertIsNone(validate.clean_number(env, "", "The weight", required=False))
        for value in ("inf", "-inf", "nan", "1e308", "-1", "²", "", "12 euro", None):
            with self.assertRaisesRegex(UserError, "must be a number from 0"):
                validate.clean_number(env, value, "The price")

    def test_dates_and_ids(self):
        env = self.env
        self.assertEqual(
            validate.clean_date(env, "2026-01-31", "The date"), date(2026, 1, 31)
        )
        self.assertIsNone(validate.clean_date(env, "", "The date"))
        for value in ("2026-13-45", "31/01/2026", "x" * 40):
            with self.assertRaises(UserError):
                validate.clean_date(env, value, "The date")
        self.assertEqual(validate.clean_id("12"), 12)
        self.assertEqual(validate.clean_id(12), 12)
        for value in ("0", "-1", "²", "2147483648", "1e3", "", None, True, "1,2"):
            self.assertIsNone(validate.clean_id(value), value)

    def test_uploads(self):
        env = self.env
        buffer = io.BytesIO()
        Image.new("RGB", (4, 4), "blue").save(buffer, "PNG")
        png = buffer.getvalue()
        self.assertEqual(validate.clean_upload(env, upload(png), "The photo"), png)
        self.assertEqual(validate.clean_upload(env, None, "The photo"), b"")
        self.assertEqual(validate.clean_upload(env, upload(b"", ""), "The photo"), b"")
        for value, error in (
            ("text", "must be a file"),
            (upload(b"%PDF-1.4"), "is not an image"),
            (upload(b"\x00" * 2048), "is not an image"),
        ):
            with self.assertRaisesRegex(UserError, error):
                validate.clean_upload(env, value, "The photo")
        with self.assertRaisesRegex(UserError, "larger than 1 MB"):
            validate.clean_upload(
                env, upload(b"\x00" * (1024 * 1024 + 1)), "The photo", 1024 * 1024
            )

    def test_errors_are_translated(self):
        self.env["res.lang"]._activate_lang("nl_BE")
        self.env["ir.module.module"]._load_module_terms(
            ["people_made"], ["nl_BE"], overwrite=True
        )
        env = self.env(context=dict(self.env.context, lang="nl_BE"))
        with self.assertRaisesRegex(UserError, "moet tekst zijn"):
            validate.clean_text(env, upload(b"x"), "De naam", 10)

    def test_company_day(self):
        company = self.env.company
        with freeze_time("2026-12-31 23:30:00"):
            company.partner_id.tz = "Europe/Brussels"
            self.assertEqual(company._pm_tz(), "Europe/Brussels")
            self.assertEqual(company._pm_today(), date(2027, 1, 1))
            company.partner_id.tz = False
            self.assertEqual(company._pm_tz(), "UTC")
            self.assertEqual(company._pm_today(), date(2026, 12, 31))
