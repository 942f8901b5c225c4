# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import re

from werkzeug.exceptions import NotFound, TooManyRequests

from odoo import http
from odoo.exceptions import UserError
from odoo.http import request

# the languages a story speaks, by the visitor's browser
STORY_LANGS = {"nl": "nl_BE", "fr": "fr_BE", "en": "en_US"}
# seconds a public story page may be kept by a browser, and by a shared cache
STORY_MAX_AGE = 60
STORY_SHARED_MAX_AGE = 10


class PeopleMadeStory(http.Controller):
    def _pm_story_lang(self, lang):
        """The visitor's language: ?lang= first, else its browser's, among
        those installed; Dutch when nothing matches."""
        installed = {code for code, _name in request.env["res.lang"].get_installed()}
        offered = {
            short: code for short, code in STORY_LANGS.items() if code in installed
        }
        if lang in offered:
            return lang, offered
        best = request.httprequest.accept_languages.best_match(list(offered))
        return best or ("nl" if "nl" in offered else next(iter(offered), "en")), offered

    @http.route(
        "/s/<string:code>",
        type="http",
        auth="public",
        methods=["GET"],
        sitemap=False,
        readonly=False,
        # a visitor gets no session cookie: the page is the same for everyone
        # and a shared cache (the proxy) may keep it (see _pm_render_story)
        save_session=False,
    )
    def pm_story(self, code, lang=None, **kw):
        product, preview, missing = self._pm_story_lookup(code)
        if missing:
            return missing
        return self._pm_render_story(product, lang, preview=preview)

    def _pm_story_lookup(self, code):
        """The product of a story code, whether the visitor sees it as a
        preview, and the 404 to answer instead (a miss, counted) when the
        story is not shown to this visitor."""
        Attempt = request.env["pm.gift.attempt"]
        misses = [
            ("story_miss", Attempt._pm_client_key(request.httprequest.remote_addr))
        ]
        try:
            # a client past its misses gets no answer, found or not: codes
            # cannot be enumerated
            Attempt._pm_check(misses, count=False)
            product = request.env["product.template"]._pm_story_code_product(code)
            # staff and the maker preview any story, and are no scan
            preview = product._pm_story_previewer()
            if not preview and not (product and product._pm_story_is_public()):
                Attempt._pm_check(misses)
                # returned, not raised: the miss is counted (committed)
                return (
                    product.browse(),
                    False,
                    NotFound().get_response(request.httprequest.environ),
                )
        except UserError as error:
            raise TooManyRequests(error.args[0]) from error
        return product, preview, None

    @http.route(
        "/t/<string:code>",
        type="http",
        auth="public",
        methods=["GET"],
        sitemap=False,
        readonly=False,
    )
    def pm_tag(self, code, lang=None, **kw):
        """A tag's QR code: the story of the product it is linked to."""
        tag = request.env["pm.story.tag"]._pm_from_code(code)
        product = request.env["product.template"]._pm_story_product(
            tag.product_tmpl_id.pm_story_code
        )
        if not product:
            # unknown, or not linked to a product yet: like any missing page
            raise NotFound()
        return self._pm_render_story(product, lang, tag=tag)

    def _pm_render_story(self, product, lang, preview=False, tag=None):
        short, offered = self._pm_story_lang(lang)
        if not preview:
            request.env["pm.story.scan"].sudo()._pm_count(product, tag)
        code_lang = offered.get(short, "en_US")
        request.update_context(lang=code_lang)
        product = product.with_context(lang=code_lang)

        def values():
            # sudo: the message is the tag's, for whoever holds the tag
            # bin_size: the page asks whether there is a photo, never reads it
            gift = (
                tag.sudo().with_context(bin_size=True).gift_message_ids[:1]
                if tag
                else request.env["pm.gift.message"]
            )
            # sudo: a public page; it shows only the story, never the
            # product's costs, stock or unpublished data
            return {
                "product": product,
                "maker": product.pm_member_id,
                "tag": tag,
                "gift": gift if gift._pm_is_shown() else False,
                "gift_open": bool(tag) and tag._pm_gift_state() == "open",
                "website_path": lambda path: self._pm_website_path(path, code_lang),
                "lang_short": short,
                "langs": offered,
                "shop_url": product.website_url if product.is_published else False,
                "slug": request.env["ir.http"]._slug,
            }

        if tag or preview or not request.env.user._is_public():
            # a tag's page shows its gift message or the way to its form, a
            # preview what is not public: for this visitor only, never kept
            return request.render(
                "people_made_story.story_page",
                values(),
                headers={"Cache-Control": "private, no-store", "Vary": "Cookie"},
            )
        return self._pm_public_story_response(product, code_lang, offered, values)

    def _pm_public_story_response(self, product, code_lang, offered, values):
        """The public story page, the same for every visitor of a language:
        rendered (with ``values()``) once per product and language until the
        product, its maker or its story changes, with an ETag (a conditional
        request gets a 304) and a short shared-cache lifetime for the proxy's
        micro-cache."""
        website = request.env["website"].get_current_website()
        key = (
            code_lang,
            tuple(sorted(offered.items())),
            website.id,
            product._pm_story_fingerprint(),
        )
        body, etag = product._pm_story_page_cached(
            key,
            lambda: request.env["ir.ui.view"]._render_template(
                "people_made_story.story_page", values()
            ),
        )
        response = request.make_response(
            body,
            headers={
                "Content-Type": "text/html; charset=utf-8",
                # browsers keep it a minute, shared caches (the proxy) 10 s:
                # an unpublished product leaves every cache within a minute
                "Cache-Control": f"public, max-age={STORY_MAX_AGE}, "
                f"s-maxage={STORY_SHARED_MAX_AGE}",
                # the language comes from the browser when ?lang= is absent
                "Vary": "Accept-Language",
            },
        )
        response.set_etag(etag)
        return response.make_conditional(request.httprequest)

    def _pm_website_path(self, path, code_lang):
        """``path`` of a website page in the story's language, when the
        website speaks it: the giver writes in the language it reads."""
        website = request.env["website"].get_current_website()
        lang = website.language_ids.filtered(lambda lg: lg.code == code_lang)
        if lang and lang != website.default_lang_id:
            return f"/{lang.url_code}{path}"
        return path

    @http.route(
        ["/01/<string:gtin>", "/01/<string:gtin>/<path:qualifiers>"],
        type="http",
        auth="public",
        methods=["GET"],
        sitemap=False,
    )
    def pm_gs1_digital_link(self, gtin, qualifiers=None, **kw):
        """GS1 Digital Link: a GTIN resolves to its product's story."""
        if not re.fullmatch(r"\d{8,14}", gtin):
            raise NotFound()
        # a GTIN-8/12/13 is the same number as its GTIN-14 padded with zeros
        candidates = {gtin.lstrip("0").zfill(n) for n in (8, 12, 13, 14)}
        variant = (
            request.env["product.product"]
            .sudo()
            .search([("barcode", "in", list(candidates))], limit=1)
        )
        product = request.env["product.template"]._pm_story_product(
            variant.product_tmpl_id.pm_story_code
        )
        if not product:
            raise NotFound()
        return request.redirect(f"/s/{product.pm_story_code}", code=307)

    @http.route(
        "/pm/story/qr/<int:product_id>.<any(svg,png):kind>",
        type="http",
        auth="user",
        methods=["GET"],
    )
    def pm_story_qr(self, product_id, kind, **kw):
        # under the user's own rights: staff, or a member for its products
        product = request.env["product.template"].search([("id", "=", product_id)])
        if not product:
            raise NotFound()
        mimetype = "image/svg+xml" if kind == "svg" else "image/png"
        return request.make_response(
            product._pm_story_qr(kind),
            headers=[
                ("Content-Type", mimetype),
                (
                    "Content-Disposition",
                    http.content_disposition(f"qr-{product.pm_story_code}.{kind}"),
                ),
            ],
        )


class PeopleMadeStoryPortal(http.Controller):
    """A member proposes the story of its products from the portal."""

    @http.route(
        "/my/pm/products/<int:product_id>/story",
        type="http",
        auth="user",
        methods=["GET", "POST"],
        website=True,
    )
    def pm_story_form(self, product_id, story=None, **kw):
        members = request.env.user.pm_member_ids
        # under the user's rules: another member's product is not found
        product = request.env["product.template"].search(
            [("id", "=", product_id), ("pm_member_id", "in", members.ids)]
        )
        if not members or not product:
            raise NotFound()
        values = {
            "page_name": "pm_products",
            "product": product,
            "story": story
            if isinstance(story, str)
            else (product.pm_story_proposal or ""),
            "error": None,
            "sent": False,
        }
        if request.httprequest.method == "POST":
            try:
                product._pm_propose_story(story)
                values["sent"] = True
            except UserError as error:
                values["error"] = str(error.args[0])
                return request.render(
                    "people_made_story.portal_my_pm_story_form", values, status=400
                )
        return request.render("people_made_story.portal_my_pm_story_form", values)

    @http.route(
        "/my/pm/deliveries/<int:picking_id>/gift-tags",
        type="http",
        auth="user",
        methods=["GET"],
        website=True,
    )
    def pm_delivery_gift_tags(self, picking_id, **kw):
        """The gift tags of a member's delivery, as label sheets to print."""
        members = request.env.user.pm_member_ids
        # under the user's rules: another member's delivery is not found
        picking = request.env["stock.picking"].search(
            [("id", "=", picking_id), ("pm_member_id", "in", members.ids)]
        )
        tags = picking._pm_gift_tags()
        if not members or not tags:
            raise NotFound()
        # sudo: the member prints tags it may not read, only those of its
        # own delivery, checked above
        content, kind = (
            request.env["ir.actions.report"]
            .sudo()
            ._render_qweb_pdf("people_made_story.action_report_pm_story_tags", tags.ids)
        )
        mimetype = "application/pdf" if kind == "pdf" else "text/html"
        return request.make_response(
            content,
            headers=[
                ("Content-Type", mimetype),
                (
                    "Content-Disposition",
                    http.content_disposition(f"gift-tags-{picking.name}.{kind}"),
                ),
            ],
        )
