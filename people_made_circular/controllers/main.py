# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import hashlib
import re

from odoo import http
from odoo.http import request

from odoo.addons.people_made.tools import validate
from odoo.addons.people_made_vendor.controllers.main import PeopleMadeMakers
from odoo.addons.website_sale.controllers.main import WebsiteSale

# seconds a page that is the same for every new visitor may be kept by a
# browser, and by a shared cache (the proxy)
PAGE_MAX_AGE = 60
PAGE_SHARED_MAX_AGE = 10
CSRF_RE = re.compile(rb'csrf_token: "[^"]*"|name="csrf_token" value="[^"]*"')


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
        company = request.website.company_id.sudo()
        mode = company.pm_label_mode
        # sudo: the schemes behind a valid certificate are public, the
        # certificates themselves are not
        Certificate = request.env["pm.certificate"].sudo()
        schemes = (
            Certificate.search(
                Certificate._pm_valid_domain(company._pm_today())
            ).scheme_id
            if mode == "certified"
            else Certificate.scheme_id
        )
        response = request.render(
            "people_made_circular.criteria_page",
            {
                "threshold": company.pm_circular_threshold,
                "mode": mode,
                "schemes": schemes.sorted("name"),
                "additional_title": request.env._("What we claim, and on what basis"),
                "website_meta_description": request.env._(
                    "What People Made claims about a product's reclaimed material, "
                    "the evidence we check, and when its logo is green."
                ),
            },
        )
        return self._pm_shared_page(response)

    def _pm_shared_page(self, response):
        """A page that is the same for every new visitor of a language (a
        phone that follows a story page's link): a browser may keep it a
        minute, a shared cache (the proxy's micro-cache) 10 seconds, and a
        conditional request gets a 304.

        Only for a visitor without a session: a signed-in user or a visitor
        with a cart sees its own header. The new visitor is given no session
        nor language cookie by this page (a shared copy must not hand one
        visitor's session to the next); the page has no form that posts, so
        its CSRF token, which is no visitor's, is never used."""
        if not request.env.user._is_public() or request.httprequest.cookies.get(
            "session_id"
        ):
            response.headers["Cache-Control"] = "private, no-store"
            response.headers["Vary"] = "Cookie"
            return response
        request.session.can_save = False
        request.future_response.headers.remove("Set-Cookie")
        response.flatten()
        # the CSRF token changes with each rendering, the page does not
        stable = CSRF_RE.sub(b"", response.get_data())
        response.headers["Cache-Control"] = (
            f"public, max-age={PAGE_MAX_AGE}, s-maxage={PAGE_SHARED_MAX_AGE}"
        )
        # as the story page: a browser keeps a public page for a minute,
        # signed in or not (Vary: Cookie would also keep nginx from sharing
        # it, as nginx varies on the whole Cookie header)
        response.headers["Vary"] = "Accept-Language"
        response.set_etag(hashlib.sha256(stable).hexdigest()[:32])
        return response.make_conditional(request.httprequest)

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
