# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import hashlib
import secrets

from odoo import api, fields, models, tools
from odoo.exceptions import UserError
from odoo.tools import plaintext2html

from odoo.addons.people_made.tools import qr_image, validate

# short codes: no 0/O, 1/l/I, so that a code can also be typed
CODE_ALPHABET = "23456789abcdefghijkmnpqrstuvwxyz"
CODE_LENGTH = 7
# what a maker may propose from the portal
STORY_MAX_LENGTH = 5000


class ProductTemplate(models.Model):
    _inherit = "product.template"

    pm_story = fields.Html(
        string="Story",
        translate=True,
        help="The product's story, told on its public page behind the QR code.",
    )
    pm_story_code = fields.Char(
        string="Story Code",
        copy=False,
        readonly=True,
        index=True,
        help="The short code of the story page: /s/<code>.",
    )
    pm_story_url = fields.Char(string="Story URL", compute="_compute_pm_story_url")
    pm_scan_count = fields.Integer(string="Scans", compute="_compute_pm_scan_count")

    pm_gift_message = fields.Boolean(
        string="Takes Gift Messages",
        help="Wrapping textile: the giver can leave a message for the recipient "
        "behind the tag, at checkout or by scanning an unused tag.",
    )
    pm_story_proposal = fields.Text(
        string="Proposed Story",
        copy=False,
        help="A story the maker proposed from its portal, waiting for staff.",
    )

    _unique_story_code = models.Constraint(
        "UNIQUE(pm_story_code)", "Two products cannot share a story code."
    )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            vals.setdefault("pm_story_code", self._pm_new_story_code())
        return super().create(vals_list)

    @api.model
    def _pm_new_story_code(self):
        # random, not sequential: product codes do not reveal the catalogue
        return "".join(secrets.choice(CODE_ALPHABET) for _i in range(CODE_LENGTH))

    @api.depends("pm_story_code")
    def _compute_pm_story_url(self):
        for product in self:
            product.pm_story_url = (
                f"{product.get_base_url()}/s/{product.pm_story_code}"
                if product.pm_story_code
                else False
            )

    def _compute_pm_scan_count(self):
        counts = dict(
            self.env["pm.story.scan"]._read_group(
                [("product_tmpl_id", "in", self.ids)],
                ["product_tmpl_id"],
                ["count:sum"],
            )
        )
        for product in self:
            product.pm_scan_count = counts.get(product, 0)

    def _pm_story_qr(self, kind="svg"):
        """The QR code of the story URL, as SVG or PNG."""
        self.ensure_one()
        return qr_image(self.pm_story_url, kind)

    def _pm_propose_story(self, text):
        """The maker proposes a story for its product; staff accept it."""
        self.ensure_one()
        text = validate.clean_text(
            self.env, text, self.env._("The story"), STORY_MAX_LENGTH, multiline=True
        )
        if not text:
            raise UserError(self.env._("Write the story first."))
        product = self.sudo()
        product.pm_story_proposal = text
        product.message_post(
            body=self.env._(
                "%(maker)s proposed a story for this product.",
                maker=product.pm_member_id.name or "",
            ),
        )

    def action_pm_accept_story(self):
        for product in self.filtered("pm_story_proposal"):
            # the maker's plain text, escaped, becomes the story
            product.write(
                {
                    "pm_story": plaintext2html(product.pm_story_proposal),
                    "pm_story_proposal": False,
                }
            )

    def action_pm_reject_story(self):
        self.write({"pm_story_proposal": False})

    def action_pm_preview_story(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_url",
            "url": f"/s/{self.pm_story_code}",
            "target": "new",
        }

    def action_pm_download_qr(self):
        self.ensure_one()
        kind = "png" if self.env.context.get("pm_qr_kind") == "png" else "svg"
        return {
            "type": "ir.actions.act_url",
            "url": f"/pm/story/qr/{self.id}.{kind}",
            "target": "download",
        }

    def action_pm_open_scans(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "people_made_story.action_pm_story_scan"
        )
        action["domain"] = [("product_tmpl_id", "=", self.id)]
        return action

    @api.model
    def _pm_story_product(self, code):
        """The product of a story code, if its story is public; else nothing."""
        product = self._pm_story_code_product(code)
        return product if product and product._pm_story_is_public() else self.browse()

    @api.model
    def _pm_story_code_product(self, code):
        """The product of a story code, shown or not (sudo)."""
        if not code or len(code) > 32:
            return self.browse()
        return self.sudo().search([("pm_story_code", "=", code)], limit=1)

    def _pm_story_is_public(self):
        """Anyone with the code sees the story of a product published in the
        shop, sold by an active member or by People Made itself."""
        self.ensure_one()
        if not self.is_published:
            return False
        return not self.pm_member_id or self.pm_member_id._pm_can_sell()

    def _pm_story_fingerprint(self):
        """What the public story page shows changes only when one of these
        does, so a new fingerprint is a new key of the page cache: a digest
        of the product's row and of its maker's (every column, translations
        included: an edit shows at once, in the same transaction too).
        Addons that show more extend it."""
        self.ensure_one()
        self.env["product.template"].flush_model()
        self.env["res.partner"].flush_model()
        self.env.cr.execute(
            """
            SELECT md5(p::text), md5(m::text)
              FROM product_template p
         LEFT JOIN res_partner m ON m.id = p.pm_member_id
             WHERE p.id = %s
            """,
            (self.id,),
        )
        return self.env.cr.fetchone()

    @tools.ormcache("self.id", "key", cache="templates.cached_values")
    def _pm_story_page_cached(self, key, render):
        """The public story page's bytes and ETag, rendered by ``render``
        once per ``key`` (language, website, fingerprint) in each worker.

        The cache of rendered website pages: emptied with the templates, and
        an entry whose fingerprint is outdated is never read again."""
        body = render()
        body = body.encode() if isinstance(body, str) else bytes(body)
        return body, hashlib.sha256(body).hexdigest()[:32]

    def _pm_story_previewer(self):
        """Whether the current user sees this story as a preview, published
        or not, without counting a scan: People Made's staff, or a user of
        the member that makes it. Who looks decides it, never the URL."""
        if not self:
            return False
        user = self.env.user
        if user._is_public():
            return False
        return user.has_group("people_made.group_pm_user") or (
            self.pm_member_id in user.pm_member_ids
        )
