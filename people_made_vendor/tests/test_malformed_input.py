# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""One test per kind of malformed input that used to give a server error."""

from odoo import http
from odoo.fields import Command
from odoo.tests import HttpCase, new_test_user, tagged
from odoo.tools import mute_logger

from .common import PeopleMadeCase
from .test_portal import png_bytes


@tagged("post_install", "-at_install")
class TestMalformedInput(HttpCase, PeopleMadeCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        contact = cls.env["res.partner"].create(
            {"name": "Anna A", "parent_id": cls.member_a.id}
        )
        new_test_user(
            cls.env, "pm_malformed", groups="base.group_portal", partner_id=contact.id
        )
        order = cls.env["sale.order"].create(
            {
                "partner_id": cls.customer.id,
                "order_line": [Command.create({"product_id": cls.product_a.id})],
            }
        )
        order.action_confirm()
        cls.picking = order.picking_ids

    def setUp(self):
        super().setUp()
        self.authenticate("pm_malformed", "pm_malformed")
        self.token = http.Request.csrf_token(self)

    def _propose(self, files=None, **fields):
        data = {"name": "Kurken mand", "price": "20", **fields}
        return self.url_open(
            "/my/pm/products/new",
            data={**data, "csrf_token": self.token},
            files=files,
        )

    def _assert_refused(self, response, error, typed=None):
        self.assertEqual(response.status_code, 400, error)
        self.assertIn(error, response.text)
        if typed:
            self.assertIn(f'value="{typed}"', response.text, "what was typed")

    def _assert_nothing_saved(self):
        self.assertFalse(
            self.env["product.template"].search([("name", "like", "Kurken mand")])
        )

    def test_numbers_that_are_not_finite(self):
        for price in ("inf", "-inf", "nan", "1e308", "NaN", "Infinity"):
            self._assert_refused(
                self._propose(price=price), "The price must be a number", price
            )
        self._assert_refused(
            self._propose(weight="1e308"), "The weight must be a number", "1e308"
        )
        self._assert_nothing_saved()

    def test_product_ids_that_are_no_ids(self):
        # a form field product_id sent to /new reached PostgreSQL as an
        # integer out of range (a 500, found by the route walker)
        for product_id in ("-38956634745", "99999999999", "abc", "0"):
            response = self._propose(product_id=product_id)
            self.assertEqual(response.status_code, 404, product_id)
        self._assert_nothing_saved()

    def test_shop_price_filters_that_are_not_prices(self):
        # float() takes them; PostgreSQL overflowed on -1e308 (a 500)
        for price in ("-1e308", "1e308", "inf", "-inf", "nan", "-5", "abc"):
            for bound in ("min_price", "max_price"):
                response = self.url_open(f"/shop?{bound}={price}")
                self.assertEqual(response.status_code, 200, (bound, price))
        self.product_a.is_published = True
        self.env.flush_all()
        shown = self.url_open(
            "/shop?search=Kurken+onderzetter&min_price=-1e308&max_price=nan"
        ).text
        self.assertIn(self.product_a.name, shown, "no price filter then")

    def test_lengths_fit_the_fields(self):
        self._assert_refused(
            self._propose(name="K" * 1_000_000), "it can have at most 120"
        )
        self._assert_refused(
            self._propose(description="d" * 1_000_000), "it can have at most 5000"
        )
        self._assert_nothing_saved()
        response = self.url_open(
            f"/my/pm/deliveries/{self.picking.id}/ship",
            data={
                "carrier": "bpost",
                "tracking_ref": "3" * 1_000_000,
                "csrf_token": self.token,
            },
        )
        self.assertEqual(response.status_code, 400)
        self.assertIn("The tracking reference has 1000000 characters", response.text)
        self.assertFalse(self.picking.carrier_tracking_ref, "nothing half-saved")
        self.assertNotEqual(self.picking.state, "done")

    def test_nul_and_control_characters(self):
        self._assert_refused(
            self._propose(name="Kurken\x00mand"), "invisible control characters"
        )
        with mute_logger("odoo.http"):
            self.assertEqual(self.url_open("/makers/%00").status_code, 400)
            self.assertEqual(self.url_open("/shop?maker=%00").status_code, 400)
            self.assertEqual(
                self.url_open(f"/makers/a%00-{self.member_a.id}").status_code, 400
            )
        self._assert_refused(
            self._propose(name="Kurken\x1bmand"), "invisible control characters"
        )
        self._assert_nothing_saved()
        # a description keeps its lines
        self.assertEqual(self._propose(description="een\r\ntwee").status_code, 200)
        product = self.env["product.template"].search([("name", "=", "Kurken mand")])
        self.assertEqual(product.description_sale, "een\ntwee")

    def test_file_fields_sent_as_text_and_uploads_that_are_no_image(self):
        self._assert_refused(
            self._propose(image="not a file"),
            "The photo must be a file.",
            "Kurken mand",
        )
        self._assert_refused(
            self._propose(images="not a file"), "An extra photo must be a file."
        )
        self._assert_refused(
            self._propose(
                files={"image": ("big.png", b"\x00" * (9 * 1024 * 1024), "image/png")}
            ),
            "The photo is larger than 8 MB.",
        )
        self._assert_refused(
            self._propose(files={"image": ("a.png", b"%PDF-1.4 " * 100, "image/png")}),
            "The photo is not an image",
        )
        # a text field sent as a file is refused, not a server error
        self._assert_refused(
            self._propose(files={"name": ("name.txt", b"Kurken mand", "text/plain")}),
            "The name must be text.",
        )
        self._assert_nothing_saved()
        ok = self._propose(files={"image": ("a.png", png_bytes("blue"), "image/png")})
        self.assertEqual(ok.status_code, 200)

    def test_dates_that_are_not_dates(self):
        with mute_logger("odoo.http"):
            for query in ("date_from=2026-13-45", "date_to=31/01/2026", "date_from=x"):
                response = self.url_open(f"/my/pm/sales.xlsx?{query}")
                self.assertEqual(response.status_code, 400, query)
                self.assertIn("must be a date such as 2026-01-31", response.text)
        ok = self.url_open("/my/pm/sales.xlsx?date_from=2026-01-01&date_to=")
        self.assertEqual(ok.status_code, 200)

    def test_shop_filters_with_ids_that_do_not_exist(self):
        self.authenticate(None, None)
        for maker in ("0", "-1", "²", "99999999999999999999", "2147483648", "x"):
            response = self.url_open(f"/shop?maker={maker}")
            self.assertEqual(response.status_code, 200, maker)
        with mute_logger("odoo.http"):
            self.assertEqual(
                self.url_open("/makers/x-99999999999999999999").status_code, 404
            )

    def test_control_characters_in_the_path(self):
        """A line break in the path broke the website's language redirect
        (its Location header) with a server error; NUL broke PostgreSQL."""
        nl = self.env["res.lang"]._activate_lang("nl_BE")
        self.env["website"].search([]).language_ids |= nl
        self.authenticate(None, None)
        with mute_logger("odoo.http"):
            for path in ("/makers/a%0Db", "/makers/%0A", "/t/%0D/gift/report"):
                response = self.url_open(
                    path,
                    allow_redirects=False,
                    headers={"Accept-Language": "nl-BE"},
                    cookies={"frontend_lang": "nl_BE"},
                )
                self.assertEqual(response.status_code, 400, path)
            # a line break in a query value is a value like any other
            response = self.url_open("/shop?search=a%0Ab", allow_redirects=False)
            self.assertLess(response.status_code, 500)
