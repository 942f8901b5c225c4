# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import http
from odoo.http import request

from odoo.addons.people_made.tools import validate
from odoo.addons.people_made_vendor.controllers.main import PeopleMadeMakers
from odoo.addons.website_sale.controllers.main import WebsiteSale


class PeopleMadeCircularShop(WebsiteSale):
    """The circular channel: the shop with only circular products
    (/circular, or ?circular=1 on any shop URL), filtered by material."""

    @http.route(
        ["/circular", "/circular/page/<int:page>"],
        type="http",
        auth="public",
        website=True,
        sitemap=True,
    )
    def pm_circular(self, page=0, **post):
        post["circular"] = "1"
        return self.shop(page=page, **post)

    @http.route(
        "/circular/criteria", type="http", auth="public", website=True, sitemap=True
    )
    def pm_circular_criteria(self, **kw):
        company = request.website.company_id
        return request.render(
            "people_made_circular.criteria_page",
            {
                "threshold": company.sudo().pm_circular_threshold,
                "additional_title": request.env._("Our circular label: the criteria"),
                "website_meta_description": request.env._(
                    "When People Made's green label goes on a product: the share of "
                    "reclaimed material it needs and the evidence we check."
                ),
            },
        )

    def _get_search_options(self, **post):
        options = super()._get_search_options(**post)
        options["pm_circular"] = post.get("circular") == "1"
        options["pm_material"] = post.get("material")
        return options

    def _shop_get_query_url_kwargs(self, search, min_price, max_price, **kwargs):
        values = super()._shop_get_query_url_kwargs(
            search, min_price, max_price, **kwargs
        )
        values["circular"] = "1" if kwargs.get("circular") == "1" else None
        values["material"] = kwargs.get("material")
        return values

    def _get_additional_shop_values(self, values, **kwargs):
        result = super()._get_additional_shop_values(values, **kwargs)
        circular = kwargs.get("circular") == "1"
        result.update(
            {
                "pm_circular": circular,
                "pm_materials": request.env["pm.material"]._pm_shop_counts(
                    request.website
                )
                if circular
                else {},
                "pm_material_selected": validate.clean_id(kwargs.get("material"))
                or False,
            }
        )
        return result


class PeopleMadeCircularMakers(PeopleMadeMakers):
    """The directory by waste stream, and what each member collects and
    processes."""

    def _pm_directory_filters(self, kw):
        filters = super()._pm_directory_filters(kw)
        stream_id = validate.clean_id(kw.get("stream"))
        stream = request.env["pm.material"].sudo().browse(stream_id or []).exists()
        if stream and not stream.parent_id:
            filters["stream"] = stream
        return filters

    def _pm_directory_values(self, filters):
        values = super()._pm_directory_values(filters)
        members = request.env["res.partner"].sudo().concat(*values["makers"])
        values.update(
            {
                "streams": request.env["pm.material"]
                .sudo()
                .search([("parent_id", "=", False)]),
                "pm_roles": members._pm_material_roles(),
            }
        )
        return values

    @http.route()
    def maker(self, slug, **kw):
        response = super().maker(slug, **kw)
        maker = response.qcontext.get("maker") if response.is_qweb else None
        if maker:
            supplies_to, supplied_by = maker._pm_material_partners()
            response.qcontext.update(
                {
                    "pm_roles": maker._pm_material_roles()[maker],
                    "pm_supplies_to": supplies_to.filtered(
                        lambda p: p.is_pm_member and p.pm_state == "active"
                    ),
                    "pm_supplied_by": supplied_by,
                }
            )
        return response
