# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import base64

from werkzeug.exceptions import BadRequest, NotFound

from odoo import fields, http
from odoo.exceptions import UserError, ValidationError
from odoo.http import request

from odoo.addons.people_made.tools import validate
from odoo.addons.portal.controllers.portal import CustomerPortal


class PeopleMadeMemberPortal(CustomerPortal):
    """The member's side of People Made: its deliveries and its products.

    Every record is looked up under the user's own access rules first (the
    portal rules limit them to the user's members); sudo() only comes after."""

    def _prepare_home_portal_values(self, counters):
        values = super()._prepare_home_portal_values(counters)
        user = request.env.user
        if "pm_delivery_count" in counters:
            values["pm_delivery_count"] = len(user._pm_portal_deliveries())
        if "pm_product_count" in counters:
            values["pm_product_count"] = request.env["product.template"].search_count(
                [("pm_member_id", "in", user.pm_member_ids.ids)]
            )
        return values

    @http.route()
    def home(self, **kw):
        response = super().home(**kw)
        members = request.env.user.pm_member_ids
        if members and response.is_qweb:
            # the member's figures at a glance, above its documents
            response.qcontext["pm_overview"] = [
                {
                    "member": member,
                    "month_sales": member.sudo()._pm_month_sales(),
                    "low_stock": member.sudo()._pm_low_stock(),
                }
                for member in members
            ]
        return response

    def _pm_members(self):
        members = request.env.user.pm_member_ids
        if not members:
            raise NotFound()
        return members

    # deliveries ------------------------------------------------------------

    @http.route("/my/pm/deliveries", type="http", auth="user", website=True)
    def pm_deliveries(self, **kw):
        self._pm_members()
        values = self._pm_deliveries_values()
        values.update({"shipped": kw.get("shipped"), "cancelled": kw.get("cancelled")})
        return request.render("people_made_vendor.portal_my_pm_deliveries", values)

    def _pm_deliveries_values(self):
        values = self._prepare_portal_layout_values()
        values.update(
            {
                "page_name": "pm_deliveries",
                "deliveries": request.env.user._pm_portal_deliveries(),
                "carriers": request.env["delivery.carrier"]
                .sudo()
                .search([("pm_maker_carrier", "=", True)]),
                "typed": {},
                "error": None,
            }
        )
        return values

    def _pm_own_delivery(self, picking_id):
        """The delivery, under the user's rules: another member's is not found."""
        picking = request.env["stock.picking"].search(
            [("id", "=", picking_id), ("pm_member_id", "in", self._pm_members().ids)]
        )
        if not picking:
            raise NotFound()
        return picking

    def _pm_render_deliveries_error(self, picking_id, error, typed):
        request.env.cr.rollback()
        values = self._pm_deliveries_values()
        values.update(
            {
                "error": str(error.args[0]),
                "error_picking_id": picking_id,
                "typed": typed,
            }
        )
        return request.render(
            "people_made_vendor.portal_my_pm_deliveries", values, status=400
        )

    @http.route(
        "/my/pm/deliveries/<int:picking_id>/ship",
        type="http",
        auth="user",
        methods=["POST"],
        website=True,
    )
    def pm_delivery_ship(self, picking_id, carrier="", tracking_ref="", **kw):
        picking = self._pm_own_delivery(picking_id)
        form = request.httprequest.form
        # per product still to ship: the quantity shipped, its lots or serials
        quantities, lots = {}, {}
        for move in picking.sudo()._pm_open_moves():
            if f"qty_{move.id}" in form:
                quantities[move.id] = form[f"qty_{move.id}"]
            lots[move.id] = form.getlist(f"lot_{move.id}")
        # what was typed, as text, to show again
        typed = {key: value for key, value in form.items(multi=False)}
        typed["lots"] = {
            key: form.getlist(key) for key in form if key.startswith("lot_")
        }
        try:
            picking.sudo().action_pm_mark_shipped(
                carrier, tracking_ref, quantities=quantities, lots=lots
            )
        except (UserError, ValidationError) as error:
            return self._pm_render_deliveries_error(picking_id, error, typed)
        return request.redirect(f"/my/pm/deliveries?shipped={picking.name}")

    @http.route(
        "/my/pm/deliveries/<int:picking_id>/cannot_supply",
        type="http",
        auth="user",
        methods=["POST"],
        website=True,
    )
    def pm_delivery_cannot_supply(self, picking_id, move_id="", reason="", **kw):
        picking = self._pm_own_delivery(picking_id)
        try:
            picking.sudo().action_pm_cannot_supply(move_id, reason)
        except (UserError, ValidationError) as error:
            return self._pm_render_deliveries_error(
                picking_id,
                error,
                {
                    key: value if isinstance(value, str) else ""
                    for key, value in (("reason", reason), ("move_id", move_id))
                },
            )
        return request.redirect(f"/my/pm/deliveries?cancelled={picking.name}")

    # products --------------------------------------------------------------

    @http.route("/my/pm/products", type="http", auth="user", website=True)
    def pm_products(self, **kw):
        members = self._pm_members()
        values = self._prepare_portal_layout_values()
        values.update(
            {
                "page_name": "pm_products",
                "products": request.env["product.template"].search(
                    [("pm_member_id", "in", members.ids)], order="name"
                ),
            }
        )
        return request.render("people_made_vendor.portal_my_pm_products", values)

    def _pm_form_values(self, post):
        """What the member typed, as text to show again; a file sent in a
        text field is not shown back."""
        return {
            key: value if isinstance(value := post.get(key, ""), str) else ""
            for key in ("name", "description", "price", "weight")
        }

    def _pm_form_uploads(self, post):
        """The photos sent with the form, base64-encoded, checked as images."""
        env = request.env
        image = validate.clean_upload(env, post.get("image"), env._("The photo"))
        # a text field named "images" is refused like a text "image"
        extras = request.httprequest.form.getlist("images") + list(
            request.httprequest.files.getlist("images")
        )
        images = [
            validate.clean_upload(env, extra, env._("An extra photo"))
            for extra in extras
        ]
        return {
            "image": base64.b64encode(image) if image else False,
            "images": [base64.b64encode(data) for data in images if data],
        }

    def _pm_render_form(self, product, values, error=None, status=200):
        page = self._prepare_portal_layout_values()
        page.update(
            {
                "page_name": "pm_products",
                "product": product,
                "members": request.env.user.pm_member_ids,
                "values": values,
                "error": error,
            }
        )
        return request.render(
            "people_made_vendor.portal_my_pm_product_form", page, status=status
        )

    @http.route(
        ["/my/pm/products/new", "/my/pm/products/<int:product_id>/edit"],
        type="http",
        auth="user",
        methods=["GET", "POST"],
        website=True,
    )
    def pm_product_form(self, product_id=None, **post):
        members = self._pm_members()
        Product = request.env["product.template"]
        product = Product
        if product_id:
            # from the path, or a form field sent to /new: an id or nothing
            product = Product.search(
                [
                    ("id", "=", validate.clean_id(product_id) or 0),
                    ("pm_member_id", "in", members.ids),
                ]
            )
            if not product:
                raise NotFound()
        if request.httprequest.method != "POST":
            values = {
                "name": product.name or "",
                "description": product.description_sale or "",
                "price": product.pm_suggested_price or "",
                "weight": product.weight or "",
            }
            return self._pm_render_form(product, values)
        values = self._pm_form_values(post)
        member = members.filtered(lambda m: str(m.id) == post.get("member_id"))
        try:
            sent = {
                **{key: post.get(key) for key in values},
                **self._pm_form_uploads(post),
            }
            if product:
                product._pm_update_proposal(sent)
            else:
                product = Product._pm_propose(member or members[:1], sent)
        except UserError as error:
            request.env.cr.rollback()
            # keep what the member typed; files have to be chosen again
            return self._pm_render_form(
                product, values, error=str(error.args[0]), status=400
            )
        return request.redirect("/my/pm/products")

    # stock -----------------------------------------------------------------

    @http.route("/my/pm/stock", type="http", auth="user", website=True)
    def pm_stock(self, **kw):
        members = self._pm_members()
        values = self._prepare_portal_layout_values()
        values.update(
            {
                "page_name": "pm_stock",
                "quants": request.env["stock.quant"].search(
                    [
                        ("owner_id", "in", members.ids),
                        ("location_id.usage", "=", "internal"),
                    ],
                    order="location_id, product_id",
                ),
            }
        )
        return request.render("people_made_vendor.portal_my_pm_stock", values)

    @http.route("/my/pm/sales.xlsx", type="http", auth="user")
    def pm_sales_xlsx(self, member_id=None, date_from=None, date_to=None, **kw):
        members = self._pm_members()
        member = members.filtered(lambda m: str(m.id) == member_id) or members[:1]
        env = request.env
        try:
            date_from = validate.clean_date(env, date_from, env._("The start date"))
            date_to = validate.clean_date(env, date_to, env._("The end date"))
        except UserError as error:
            raise BadRequest(error.args[0]) from error
        report = request.env.ref("people_made_vendor.action_report_pm_sold_lines_xlsx")
        content, _kind = (
            request.env["ir.actions.report"]
            .sudo(False)
            ._render(
                report,
                member.ids,
                {
                    "date_from": fields.Date.to_string(date_from),
                    "date_to": fields.Date.to_string(date_to),
                },
            )
        )
        filename = f"sold-lines-{member.name}.xlsx"
        return request.make_response(
            content,
            headers=[
                (
                    "Content-Type",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                ),
                ("Content-Disposition", http.content_disposition(filename)),
            ],
        )
