# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import base64

from werkzeug.exceptions import NotFound

from odoo import http
from odoo.exceptions import UserError
from odoo.http import request
from odoo.tools.mimetypes import guess_mimetype

from ..models.pm_gift_message import MESSAGE_MAX_LENGTH, SIGNATURE_MAX_LENGTH


class PeopleMadeGift(http.Controller):
    """Gift messages behind wrapping textile.

    Every route takes a secret it cannot guess (a tag's public code, a
    giver's edit secret, a line of the visitor's own cart); none lists tags or
    messages, and an unknown secret answers 404 like any missing page."""

    # helpers -------------------------------------------------------------

    def _pm_tag(self, code):
        tag = request.env["pm.story.tag"]._pm_from_code(code)
        if not tag or not tag.product_tmpl_id:
            raise NotFound()
        return tag

    def _pm_client(self):
        return request.env["pm.gift.attempt"]._pm_client_key(
            request.httprequest.remote_addr
        )

    def _pm_render(self, template, values, status=200):
        """A gift page: the giver's form, a message or what was sent is for
        this visitor alone, never kept by a browser or a shared cache."""
        return request.render(
            template,
            values,
            status=status,
            headers={"Cache-Control": "private, no-store"},
        )

    def _pm_form(self, values, status=200):
        Gift = request.env["pm.gift.message"]
        values = {
            "message": "",
            "signature": "",
            "consent": False,
            "error": None,
            "has_photo": False,
            "can_delete": False,
            "cancel_url": None,
            "max_message": MESSAGE_MAX_LENGTH,
            "max_signature": SIGNATURE_MAX_LENGTH,
            "retention_days": Gift._pm_retention_days(),
            **values,
        }
        return self._pm_render(
            "people_made_story.gift_form_page", values, status=status
        )

    def _pm_posted(self, kw):
        """What the giver typed, to give back untouched when it is refused."""
        # a file sent in a text field is refused (see _pm_save), not shown back
        return {
            **{
                key: value if isinstance(value := kw.get(key), str) else ""
                for key in ("message", "signature")
            },
            "consent": bool(kw.get("consent")),
        }

    def _pm_save(self, base, kw, limits, save):
        """Check the rate limits and what the giver sent, then ``save`` the
        values.

        :return: what ``save`` returned, and on refusal the form again with
            what was typed and the error, instead
        """
        posted = self._pm_posted(kw)
        try:
            request.env["pm.gift.attempt"]._pm_check(
                [*limits, ("client", self._pm_client())]
            )
            values = request.env["pm.gift.message"]._pm_clean(
                kw.get("message"),
                kw.get("signature"),
                kw.get("photo"),
                posted["consent"],
            )
            if kw.get("remove_photo"):
                values["photo"] = False
            return save(values), None
        except UserError as error:
            return None, self._pm_form(
                {**base, **posted, "error": error.args[0]}, status=400
            )

    # a giver scans an unused tag -------------------------------------------

    @http.route(
        "/t/<string:code>/gift",
        type="http",
        auth="public",
        methods=["GET", "POST"],
        website=True,
        sitemap=False,
    )
    def pm_gift_new(self, code, **kw):
        tag = self._pm_tag(code)
        product = tag.product_tmpl_id.sudo()
        base = {
            "product": product,
            "action": f"/t/{tag.code}/gift",
            "cancel_url": f"/t/{tag.code}",
        }
        try:
            tag._pm_check_gift_open()
        except UserError as error:
            return self._pm_render(
                "people_made_story.gift_closed_page",
                {
                    "product": product,
                    "error": error.args[0],
                    "story_url": base["cancel_url"],
                },
                status=409,
            )
        if request.httprequest.method != "POST":
            return self._pm_form(base)
        saved, refused = self._pm_save(base, kw, [("tag", tag.id)], tag._pm_write_gift)
        if refused:
            return refused
        gift, secret = saved
        return self._pm_render(
            "people_made_story.gift_saved_page",
            {
                "product": product,
                "edit_url": gift._pm_edit_url(secret),
                "story_url": base["cancel_url"],
            },
        )

    # the giver's private edit link -----------------------------------------

    @http.route(
        "/g/<string:secret>",
        type="http",
        auth="public",
        methods=["GET", "POST"],
        website=True,
        sitemap=False,
    )
    def pm_gift_edit(self, secret, **kw):
        gift = request.env["pm.gift.message"]._pm_from_secret(secret)
        if not gift:
            raise NotFound()
        story_url = f"/t/{gift.tag_id.code}"
        base = {
            "product": gift.product_tmpl_id,
            "action": f"/g/{secret}",
            "cancel_url": story_url,
            "can_delete": True,
            "has_photo": bool(gift.photo),
            "editing": True,
        }
        if request.httprequest.method != "POST":
            return self._pm_form(
                {
                    **base,
                    "message": gift.message,
                    "signature": gift.signature or "",
                    "consent": True,
                }
            )
        if kw.get("delete"):
            tag = gift.tag_id
            gift.unlink()
            # the giver took its message back: the tag takes a new one
            tag.sudo().gift_used = False
            return self._pm_render(
                "people_made_story.gift_deleted_page", {"story_url": story_url}
            )
        _saved, refused = self._pm_save(
            base, kw, [("tag", gift.tag_id.id)], gift._pm_update
        )
        if refused:
            return refused
        return self._pm_render(
            "people_made_story.gift_saved_page",
            {
                "product": gift.product_tmpl_id,
                "edit_url": gift._pm_edit_url(secret),
                "story_url": story_url,
                "changed": True,
            },
        )

    # the recipient ---------------------------------------------------------

    @http.route(
        "/t/<string:code>/gift/photo",
        type="http",
        auth="public",
        methods=["GET"],
        sitemap=False,
    )
    def pm_gift_photo(self, code, **kw):
        gift = self._pm_tag(code).sudo().gift_message_ids[:1]
        if not gift._pm_is_shown() or not gift.photo:
            raise NotFound()
        data = base64.b64decode(gift.photo)
        return request.make_response(
            data,
            headers=[
                ("Content-Type", guess_mimetype(data)),
                ("Cache-Control", "private, no-store"),
                ("X-Content-Type-Options", "nosniff"),
            ],
        )

    @http.route(
        "/t/<string:code>/gift/report",
        type="http",
        auth="public",
        methods=["GET", "POST"],
        website=True,
        sitemap=False,
    )
    def pm_gift_report(self, code, reason=None, **kw):
        tag = self._pm_tag(code)
        gift = tag.sudo().gift_message_ids[:1]
        if not gift._pm_is_shown():
            raise NotFound()
        values = {"tag": tag, "story_url": f"/t/{tag.code}", "error": None}
        if request.httprequest.method == "POST":
            try:
                request.env["pm.gift.attempt"]._pm_check(
                    [("report", self._pm_client())]
                )
                gift._pm_report(reason)
                values["reported"] = True
            except UserError as error:
                values["error"] = error.args[0]
        return self._pm_render("people_made_story.gift_report_page", values)

    # the buyer at checkout -------------------------------------------------

    @http.route(
        "/shop/cart/gift/<int:line_id>",
        type="http",
        auth="public",
        methods=["GET", "POST"],
        website=True,
        sitemap=False,
    )
    def pm_gift_cart(self, line_id, **kw):
        # only a line of the visitor's own cart
        cart = request.cart or request.env["sale.order"]
        line = cart.order_line.filtered(lambda ln: ln.id == line_id)
        if not line or not line._pm_gift_open():
            raise NotFound()
        gift = line.pm_gift_message_ids
        base = {
            "product": line.product_template_id,
            "action": f"/shop/cart/gift/{line.id}",
            "cancel_url": "/shop/cart",
            "can_delete": bool(gift),
            "has_photo": bool(gift.photo),
            "editing": bool(gift),
            "checkout": True,
        }
        if request.httprequest.method != "POST":
            return self._pm_form(
                {
                    **base,
                    "message": gift.message or "",
                    "signature": gift.signature or "",
                    "consent": bool(gift),
                }
            )
        if kw.get("delete"):
            gift.unlink()
            return request.redirect("/shop/cart")
        _saved, refused = self._pm_save(base, kw, [], line._pm_write_gift)
        if refused:
            return refused
        return request.redirect("/shop/cart")
