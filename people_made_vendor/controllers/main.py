# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import math

from werkzeug.exceptions import BadRequest, NotFound

from odoo import http
from odoo.fields import Domain
from odoo.http import request
from odoo.tools import html2plaintext

from odoo.addons.people_made.tools import validate
from odoo.addons.website_sale.controllers.main import WebsiteSale

# the highest price the shop's price filter takes: a filter above it filters
# nothing (PostgreSQL overflows on what float() takes, e.g. -1e308)
MAX_PRICE_FILTER = 1e9


def _price_filter(value):
    """A price filter of the shop's URL as a number, 0 (no filter) when it is
    none: Odoo's float() takes 'inf', 'nan' and '-1e308'."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return 0.0
    return number if math.isfinite(number) and 0 <= number <= MAX_PRICE_FILTER else 0.0


class PeopleMadeWebsiteSale(WebsiteSale):
    """The shop filtered by maker: /shop?maker=<member id>."""

    # Odoo reads the shop's filters with int(): a mangled link (a tag or an
    # attribute value that is not an id) crashed the page; it now filters by
    # what the link still names, as an unknown ?maker= does (a category that
    # is not an id Odoo answers with 422 itself)

    @http.route()
    def shop(
        self,
        page=0,
        category=None,
        search="",
        min_price=0.0,
        max_price=0.0,
        tags="",
        **post,
    ):
        if any(validate.has_nul(value) for value in (search, tags, *post.values())):
            # PostgreSQL cannot search for NUL: a request no person sends
            raise BadRequest()
        if isinstance(tags, str):
            tags = ",".join(tag for tag in tags.split(",") if validate.clean_id(tag))
        return super().shop(
            page=page,
            category=category,
            search=search,
            min_price=_price_filter(min_price),
            max_price=_price_filter(max_price),
            tags=tags,
            **post,
        )

    @staticmethod
    def _get_attribute_value_dict(attribute_values):
        return WebsiteSale._get_attribute_value_dict(
            [
                value
                for value in attribute_values
                if isinstance(value, str)
                and (pair := value.split("-", 1))
                and len(pair) == 2
                and validate.clean_id(pair[0])
                and all(validate.clean_id(part) for part in pair[1].split(","))
            ]
        )

    def _prepare_product_values(self, product, category, **kwargs):
        values = kwargs.get("attribute_values")
        if isinstance(values, str):
            kwargs["attribute_values"] = ",".join(
                value for value in values.split(",") if validate.clean_id(value)
            )
        return super()._prepare_product_values(product, category, **kwargs)

    def _get_search_options(self, **post):
        options = super()._get_search_options(**post)
        options["pm_maker"] = post.get("maker")
        return options

    def _shop_get_query_url_kwargs(self, search, min_price, max_price, **kwargs):
        values = super()._shop_get_query_url_kwargs(
            search, min_price, max_price, **kwargs
        )
        values["maker"] = kwargs.get("maker")
        return values

    def _get_additional_shop_values(self, values, **kwargs):
        result = super()._get_additional_shop_values(values, **kwargs)
        makers = request.env["res.partner"]._pm_public_makers(request.website)
        result.update(
            {
                "pm_makers": [m for m, count in makers.items() if count],
                "pm_maker_selected": validate.clean_id(kwargs.get("maker")) or False,
            }
        )
        return result


def sitemap_makers(env, rule, qs):
    """Every maker page of the directory, for search engines."""
    members = (
        env["res.partner"].sudo().search(env["res.partner"]._pm_directory_domain({}))
    )
    for member in members:
        loc = f"/makers/{env['ir.http']._slug(member)}"
        if not qs or qs.lower() in loc:
            yield {"loc": loc}


class PeopleMadeMakers(http.Controller):
    """The network's directory: every active member, what it makes, collects
    or processes."""

    def _pm_directory_filters(self, kw):
        """The directory's filters from the URL; a value that is no filter
        (unknown, malformed) is ignored, never an error page."""
        Partner = request.env["res.partner"]
        kinds = dict(Partner._fields["pm_kind"]._description_selection(request.env))
        filters = {}
        if isinstance(kw.get("kind"), str) and kw["kind"] in kinds:
            filters["kind"] = kw["kind"]
        city = kw.get("city")
        if isinstance(city, str) and city in Partner._pm_directory_cities():
            filters["city"] = city
        return filters

    def _pm_directory_values(self, filters):
        Partner = request.env["res.partner"]
        return {
            "makers": Partner._pm_public_makers(request.website, filters),
            "filters": filters,
            "kinds": Partner._fields["pm_kind"]._description_selection(request.env),
            "cities": Partner._pm_directory_cities(),
            "additional_title": request.env._("Our makers"),
            "website_meta_description": request.env._(
                "The workshops, care-labour initiatives and cooperatives that "
                "make People Made's products and collect and process its "
                "materials."
            ),
        }

    @http.route("/makers", type="http", auth="public", website=True, sitemap=True)
    def makers(self, **kw):
        values = self._pm_directory_values(self._pm_directory_filters(kw))
        return request.render("people_made_vendor.makers_page", values)

    @http.route(
        "/makers/<string:slug>",
        type="http",
        auth="public",
        website=True,
        sitemap=sitemap_makers,
    )
    def maker(self, slug, **kw):
        _name, maker_id = request.env["ir.http"]._unslug(slug)
        maker_id = validate.clean_id(maker_id)
        if not maker_id:
            raise NotFound()
        # sudo: a public page of a member, never of any other partner
        maker = request.env["res.partner"].sudo().browse(maker_id).exists()
        if not maker or not maker.is_pm_member or maker.pm_state != "active":
            raise NotFound()
        canonical = f"/makers/{request.env['ir.http']._slug(maker)}"
        if slug != canonical.rsplit("/", 1)[1]:
            return request.redirect(canonical, code=301)
        products = (
            request.env["product.template"]
            .sudo()
            .search(
                Domain.AND(
                    [
                        request.website.sale_product_domain(),
                        [("pm_member_id", "=", maker.id)],
                    ]
                ),
                order="name",
            )
        )
        return request.render(
            "people_made_vendor.maker_page",
            {
                "maker": maker,
                "products": products,
                "additional_title": maker.name,
                "website_meta_description": html2plaintext(maker.pm_story or "")[:160]
                or maker.pm_work_offered
                or maker.name,
            },
        )
