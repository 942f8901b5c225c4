# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import json

from werkzeug.exceptions import NotFound

from odoo import http
from odoo.http import request

from odoo.addons.people_made_story.controllers.main import (
    STORY_MAX_AGE,
    STORY_SHARED_MAX_AGE,
    PeopleMadeStory,
)

PASSPORT_TYPE = "application/ld+json"


class PeopleMadeStoryPassport(PeopleMadeStory):
    """The story page as data: the product's digital product passport
    (UNTP), at /s/<code>/passport.json and at /s/<code> for a client that
    asks for JSON-LD."""

    @http.route()
    def pm_story(self, code, lang=None, **kw):
        # the page unless the client prefers JSON-LD: a browser, or a client
        # that accepts anything (*/*), gets the page
        accept = request.httprequest.accept_mimetypes
        if accept.best_match(["text/html", PASSPORT_TYPE]) == PASSPORT_TYPE:
            return self.pm_story_passport(code, lang=lang, **kw)
        response = super().pm_story(code, lang=lang, **kw)
        # a cache keeps the page and the passport of one URL apart
        vary = response.headers.get("Vary")
        response.headers["Vary"] = f"{vary}, Accept" if vary else "Accept"
        return response

    @http.route(
        "/s/<string:code>/passport.json",
        type="http",
        auth="public",
        methods=["GET"],
        sitemap=False,
        readonly=False,
        save_session=False,
    )
    def pm_story_passport(self, code, lang=None, **kw):
        """Only a published product's passport, for everyone alike: a
        preview (staff, the maker) shows nothing more here."""
        product, preview, missing = self._pm_story_lookup(code)
        if missing:
            return missing
        if preview and not product._pm_story_is_public():
            raise NotFound()
        short, offered = self._pm_story_lang(lang)
        passport = product.with_context(lang=offered.get(short, "en_US"))._pm_passport()
        return request.make_response(
            json.dumps(passport, ensure_ascii=False, indent=1),
            headers={
                "Content-Type": f"{PASSPORT_TYPE}; charset=utf-8",
                "Cache-Control": f"public, max-age={STORY_MAX_AGE}, "
                f"s-maxage={STORY_SHARED_MAX_AGE}",
                "Vary": "Accept, Accept-Language",
                "Access-Control-Allow-Origin": "*",
            },
        )
