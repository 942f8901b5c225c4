# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import base64
import io
from datetime import timedelta

from openpyxl import load_workbook
from PIL import Image

from odoo import http
from odoo.exceptions import AccessError
from odoo.fields import Command
from odoo.tests import HttpCase, JsonRpcException, new_test_user, tagged
from odoo.tools import mute_logger

from .common import PeopleMadeCase


def png_bytes(color):
    buffer = io.BytesIO()
    Image.new("RGB", (40, 40), color).save(buffer, format="PNG")
    return buffer.getvalue()


@tagged("post_install", "-at_install")
class TestMemberPortal(HttpCase, PeopleMadeCase):
    """A member's portal user sees its own member's records, never another's."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.member_b.pm_fulfilment = "ships"
        cls._pm_portal_users()
        cls.secret_b = cls.env["product.template"].create(
            {
                "name": "Geheim prototype B",
                "pm_member_id": cls.member_b.id,
                "pm_approval_state": "proposed",
                "image_1920": base64.b64encode(png_bytes("red")),
            }
        )
        cls.order = cls.env["sale.order"].create(
            {
                "partner_id": cls.customer.id,
                "order_line": [
                    Command.create(
                        {"product_id": cls.product_a.id, "product_uom_qty": 1}
                    ),
                    Command.create(
                        {"product_id": cls.product_b.id, "product_uom_qty": 2}
                    ),
                ],
            }
        )
        cls.order.action_confirm()
        cls.ship_a = cls.order.picking_ids.filtered(
            lambda p: p.pm_member_id == cls.member_a
        )
        cls.ship_b = cls.order.picking_ids.filtered(
            lambda p: p.pm_member_id == cls.member_b
        )

    def test_users_act_for_their_member(self):
        self.assertEqual(self.user_a.pm_member_ids, self.member_a)
        self.assertEqual(self.user_b.pm_member_ids, self.member_b)
        self.assertEqual(len(self.ship_a), 1)
        self.assertEqual(len(self.ship_b), 1)

    def test_orm_rules(self):
        Product = self.env["product.template"].with_user(self.user_a)
        self.assertIn(self.product_a.product_tmpl_id, Product.search([]))
        self.assertNotIn(self.secret_b, Product.search([]))
        with self.assertRaises(AccessError):
            self.secret_b.with_user(self.user_a).read(["name"])
        with self.assertRaises(AccessError):
            self.secret_b.product_variant_id.with_user(self.user_a).read(["image_1920"])
        Picking = self.env["stock.picking"].with_user(self.user_a)
        self.assertEqual(Picking.search([("pm_member_id", "!=", False)]), self.ship_a)
        with self.assertRaises(AccessError):
            self.ship_b.with_user(self.user_a).read(["partner_id"])
        self.assertFalse(
            self.env["stock.move"]
            .with_user(self.user_a)
            .search([("picking_id", "=", self.ship_b.id)])
        )

    def test_json_rpc_refuses_the_other_member(self):
        self.authenticate("member_a", "member_a")

        def call(model, method, args, kwargs=None):
            return self.make_jsonrpc_request(
                f"/web/dataset/call_kw/{model}/{method}",
                {
                    "model": model,
                    "method": method,
                    "args": args,
                    "kwargs": kwargs or {},
                },
            )

        with mute_logger("odoo.http"):
            for model, record in (
                ("product.template", self.secret_b),
                ("stock.picking", self.ship_b),
            ):
                with self.assertRaises(JsonRpcException):
                    call(model, "read", [record.ids, ["name"]])
            found = call(
                "product.template",
                "search_read",
                [[("pm_member_id", "!=", False)]],
                {"fields": ["name"]},
            )
            self.assertNotIn(self.secret_b.id, [r["id"] for r in found])
            groups = call(
                "stock.picking",
                "web_read_group",
                [],
                {"domain": [], "groupby": ["pm_member_id"], "aggregates": ["__count"]},
            )
            makers = [
                g["pm_member_id"][0] for g in groups["groups"] if g["pm_member_id"]
            ]
            self.assertEqual(makers, [self.member_a.id])
            quants = call("stock.quant", "search_read", [[]], {"fields": ["owner_id"]})
            self.assertFalse(
                [
                    q
                    for q in quants
                    if q["owner_id"] and q["owner_id"][0] == self.member_b.id
                ]
            )
        # its own records are served
        own = call("stock.picking", "read", [self.ship_a.ids, ["name"]])
        self.assertEqual(own[0]["name"], self.ship_a.name)

    def test_images_and_reports_of_the_other_member(self):
        self.authenticate("member_a", "member_a")
        response = self.url_open(
            f"/web/image/product.template/{self.secret_b.id}/image_1920"
        )
        self.assertNotEqual(response.content, png_bytes("red"))
        self.assertNotEqual(
            base64.b64encode(response.content), self.secret_b.image_1920
        )
        with mute_logger("odoo.http", "odoo.addons.base.models.ir_actions_report"):
            response = self.url_open(
                f"/report/html/stock.report_deliveryslip/{self.ship_b.id}"
            )
        self.assertNotIn("Klant Janssens", response.text)

    def test_portal_deliveries_and_shipping(self):
        self.authenticate("member_a", "member_a")
        page = self.url_open("/my/pm/deliveries").text
        self.assertIn(self.ship_a.name, page)
        self.assertNotIn(self.ship_b.name, page)
        self.assertIn("Klant Janssens", page)
        self.assertNotIn(
            "klant@example.com", page, "the customer's email stays private"
        )

        with mute_logger("odoo.http"):
            refused = self.url_open(
                f"/my/pm/deliveries/{self.ship_b.id}/ship",
                data={
                    "carrier": "bpost",
                    "tracking_ref": "X1",
                    "csrf_token": http.Request.csrf_token(self),
                },
            )
        self.assertEqual(refused.status_code, 404)
        self.ship_b.invalidate_recordset()
        self.assertEqual(self.ship_b.state, "assigned")
        self.assertFalse(self.ship_b.carrier_tracking_ref)

        bad = self.url_open(
            f"/my/pm/deliveries/{self.ship_a.id}/ship",
            data={
                "carrier": "bpost",
                "tracking_ref": " ",
                "csrf_token": http.Request.csrf_token(self),
            },
        )
        self.assertEqual(bad.status_code, 400)
        self.assertIn("Give the carrier and the tracking reference.", bad.text)
        self.assertIn('value="bpost"', bad.text, "what was typed is kept")

        done = self.url_open(
            f"/my/pm/deliveries/{self.ship_a.id}/ship",
            data={
                "carrier": "bpost",
                "tracking_ref": "323200",
                "csrf_token": http.Request.csrf_token(self),
            },
        )
        self.assertEqual(done.status_code, 200)
        self.ship_a.invalidate_recordset()
        self.assertEqual(self.ship_a.state, "done")
        self.assertEqual(self.ship_a.carrier_tracking_ref, "323200")
        line_a = self.order.order_line.filtered(
            lambda l: l.product_id == self.product_a
        )
        self.assertEqual(line_a.qty_delivered, 1)
        self.assertNotIn(self.ship_a.name, self.url_open("/my/pm/deliveries").text)

    def test_propose_a_product(self):
        self.authenticate("member_a", "member_a")
        form = self.url_open("/my/pm/products/new")
        self.assertEqual(form.status_code, 200)
        token = http.Request.csrf_token(self)
        no_name = self.url_open(
            "/my/pm/products/new",
            data={"name": "", "price": "12,50", "csrf_token": token},
        )
        self.assertEqual(no_name.status_code, 400)
        self.assertIn("Give the product a name.", no_name.text)
        self.assertIn('value="12,50"', no_name.text)
        not_image = self.url_open(
            "/my/pm/products/new",
            data={"name": "Kurken mand", "price": "20", "csrf_token": token},
            files={"image": ("mand.png", b"not an image at all", "image/png")},
        )
        self.assertEqual(not_image.status_code, 400)
        self.assertIn("The photo is not an image", not_image.text)
        self.assertIn('value="Kurken mand"', not_image.text)
        self.assertFalse(
            self.env["product.template"].search([("name", "=", "Kurken mand")])
        )
        ok = self.url_open(
            "/my/pm/products/new",
            data={
                "name": "Kurken mand",
                "price": "20",
                "weight": "0.4",
                "csrf_token": token,
            },
            files={"image": ("mand.png", png_bytes("blue"), "image/png")},
        )
        self.assertEqual(ok.status_code, 200)
        product = self.env["product.template"].search([("name", "=", "Kurken mand")])
        self.assertEqual(product.pm_member_id, self.member_a)
        self.assertEqual(product.pm_approval_state, "proposed")
        self.assertFalse(product.is_published)
        self.assertEqual(product.pm_suggested_price, 20)
        self.assertTrue(product.image_1920)
        listing = self.url_open("/my/pm/products").text
        self.assertIn("Kurken mand", listing)
        self.assertNotIn("Geheim prototype B", listing)
        # another member's proposal cannot be opened nor changed
        with mute_logger("odoo.http"):
            other = self.url_open(f"/my/pm/products/{self.secret_b.id}/edit")
        self.assertEqual(other.status_code, 404)

    def test_rejected_proposal_is_proposed_again(self):
        proposal = self.env["product.template"].create(
            {
                "name": "Onderzetter",
                "pm_member_id": self.member_a.id,
                "pm_approval_state": "proposed",
            }
        )
        proposal._pm_reject("Te klein")
        self.authenticate("member_a", "member_a")
        self.assertIn("Te klein", self.url_open("/my/pm/products").text)
        self.url_open(
            f"/my/pm/products/{proposal.id}/edit",
            data={
                "name": "Grote onderzetter",
                "price": "8",
                "csrf_token": http.Request.csrf_token(self),
            },
        )
        proposal.invalidate_recordset()
        self.assertEqual(proposal.name, "Grote onderzetter")
        self.assertEqual(proposal.pm_approval_state, "proposed")

    def test_stock_page(self):
        self.env["stock.quant"]._update_available_quantity(
            self.product_a, self.stock, 6, owner_id=self.member_a
        )
        self.env["stock.quant"]._update_available_quantity(
            self.product_b, self.stock, 9, owner_id=self.member_b
        )
        self.authenticate("member_a", "member_a")
        page = self.url_open("/my/pm/stock").text
        self.assertIn("Kurken onderzetter", page)
        self.assertNotIn("Patchwork inpaktextiel", page)

    def test_customer_without_member_has_no_member_pages(self):
        new_test_user(self.env, "klant", groups="base.group_portal")
        self.authenticate("klant", "klant")
        with mute_logger("odoo.http"):
            self.assertEqual(self.url_open("/my/pm/deliveries").status_code, 404)
        self.assertNotIn("Deliveries to ship", self.url_open("/my/home").text)

    def test_tour_ship_from_portal(self):
        self.start_tour("/my/home", "people_made_portal_ship_tour", login="member_a")
        self.ship_a.invalidate_recordset()
        self.assertEqual(self.ship_a.state, "done")
        self.assertEqual(self.ship_a.pm_carrier_name, "bpost")
        self.assertEqual(self.ship_a.carrier_tracking_ref, "3232000011112222")
        line_a = self.order.order_line.filtered(
            lambda l: l.product_id == self.product_a
        )
        self.assertEqual(line_a.qty_delivered, 1)
        self.assertEqual(self.ship_b.state, "assigned", "B's part is B's to ship")

    def test_tour_propose_from_portal(self):
        self.start_tour(
            "/my/pm/products", "people_made_portal_propose_tour", login="member_a"
        )
        product = self.env["product.template"].search(
            [("name", "=", "Kurken fruitschaal")]
        )
        self.assertEqual(product.pm_member_id, self.member_a)
        self.assertEqual(product.pm_suggested_price, 24.5)
        self.assertEqual(product.pm_approval_state, "proposed")

    def test_portal_speaks_dutch_and_french(self):
        """The member pages ship their Dutch and French translations."""
        for code in ("nl_BE", "fr_BE"):
            self.env["res.lang"]._activate_lang(code)
        self.env["ir.module.module"]._load_module_terms(
            ["people_made_vendor"], ["nl_BE", "fr_BE"], overwrite=True
        )
        view = self.env.ref("people_made_vendor.portal_my_pm_deliveries")
        self.assertIn(
            "Te verzenden leveringen", view.with_context(lang="nl_BE").arch_db
        )
        self.assertIn("Livraisons à expédier", view.with_context(lang="fr_BE").arch_db)
        error = self.env["product.template"].with_context(lang="fr_BE")
        with self.assertRaisesRegex(Exception, "Donnez un nom au produit."):
            error._pm_proposal_values({"name": " ", "price": "3"})

    def _invoice_order(self):
        """Invoice the order, as the webshop does once it is paid: from then
        on it is a sale (pm.sales.ledger)."""
        self.order._force_lines_to_invoice_policy_order()
        invoice = self.order._create_invoices()
        invoice.invoice_date = self.env.company._pm_today()
        invoice.action_post()
        return invoice

    def test_sold_lines_xlsx_from_the_portal(self):
        invoice = self._invoice_order()
        self.authenticate("member_a", "member_a")
        response = self.url_open(
            "/my/pm/sales.xlsx?date_from=2000-01-01&date_to=2100-12-31"
        )
        self.assertEqual(response.status_code, 200)
        sheet = load_workbook(io.BytesIO(response.content)).active
        orders = {
            row[1] for row in sheet.iter_rows(min_row=2, values_only=True) if row[1]
        }
        self.assertEqual(orders, {invoice.name})
        products = {
            row[2] for row in sheet.iter_rows(min_row=2, values_only=True) if row[2]
        }
        self.assertEqual(products, {self.product_a.display_name}, "only A's lines")

    def test_overview_sales_this_month_and_low_stock(self):
        Quant = self.env["stock.quant"]
        Quant._update_available_quantity(
            self.product_a, self.stock, 1, owner_id=self.member_a
        )
        Quant._update_available_quantity(
            self.product_a2, self.stock, 30, owner_id=self.member_a
        )
        Quant._update_available_quantity(
            self.product_b, self.stock, 1, owner_id=self.member_b
        )
        self.assertEqual(self.member_a._pm_month_sales(), (0, 0), "not invoiced")
        invoice = self._invoice_order()
        quantity, amount = self.member_a._pm_month_sales()
        self.assertEqual((quantity, amount), (1, 12.0))
        self.assertEqual(
            [(p, q) for p, _loc, q in self.member_a._pm_low_stock()],
            [(self.product_a.product_variant_id, 1.0)],
        )
        self.authenticate("member_a", "member_a")
        page = self.url_open("/my/home").text
        overview = page[page.index("pm_overview") : page.index("o_portal_docs")]
        self.assertIn("12.00", overview)
        self.assertIn("Kurken onderzetter", overview)
        self.assertNotIn(self.product_a2.name, overview, "30 in stock is not low")
        self.assertNotIn(self.product_b.name, overview, "B's stock stays B's")
        # a sale of last month does not count in this month
        next_month = invoice.invoice_date.replace(day=28) + timedelta(days=4)
        self.assertEqual(self.member_a._pm_month_sales(next_month), (0, 0))

    def test_proposal_with_more_photos(self):
        self.authenticate("member_a", "member_a")
        token = http.Request.csrf_token(self)
        response = self.url_open(
            "/my/pm/products/new",
            data={"name": "Kurken vaas", "price": "15", "csrf_token": token},
            files=[
                ("image", ("main.png", png_bytes("blue"), "image/png")),
                ("images", ("side.png", png_bytes("green"), "image/png")),
                ("images", ("back.png", png_bytes("yellow"), "image/png")),
            ],
        )
        self.assertEqual(response.status_code, 200)
        product = self.env["product.template"].search([("name", "=", "Kurken vaas")])
        self.assertEqual(len(product.product_template_image_ids), 2)
        bad = self.url_open(
            f"/my/pm/products/{product.id}/edit",
            data={"name": "Kurken vaas", "price": "15", "csrf_token": token},
            files=[("images", ("x.png", b"no image", "image/png"))],
        )
        self.assertEqual(bad.status_code, 400)
        self.assertIn("An extra photo is not an image", bad.text)
        product.invalidate_recordset()
        self.assertEqual(len(product.product_template_image_ids), 2, "nothing lost")
