# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import base64
import secrets

from odoo import api, fields, models

from odoo.addons.people_made.tools import qr_image

# 16 random bytes: 128 bits, written in 22 URL-safe characters
TAG_CODE_BYTES = 16


class PmStoryTag(models.Model):
    """A tag for a single item or a piece of wrapping textile: its own QR code,
    with a public code that cannot be guessed or counted through."""

    _name = "pm.story.tag"
    _description = "Story Tag"
    _order = "id desc"
    _rec_name = "code"

    code = fields.Char(required=True, readonly=True, copy=False, index=True)
    batch_id = fields.Many2one(
        "pm.story.tag.batch", index=True, ondelete="cascade", readonly=True
    )
    product_tmpl_id = fields.Many2one(
        "product.template", string="Product", index=True, ondelete="restrict"
    )
    lot_id = fields.Many2one(
        "stock.lot",
        string="Lot/Serial Number",
        domain="[('product_id.product_tmpl_id', '=', product_tmpl_id)]",
    )
    url = fields.Char(compute="_compute_url")

    _unique_code = models.Constraint("UNIQUE(code)", "Two tags cannot share a code.")

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            # random, never sequential: one tag's code tells nothing of another
            vals["code"] = secrets.token_urlsafe(TAG_CODE_BYTES)
        return super().create(vals_list)

    @api.depends("code")
    def _compute_url(self):
        for tag in self:
            tag.url = f"{tag.get_base_url()}/t/{tag.code}"

    def _pm_qr(self, kind="png"):
        self.ensure_one()
        return qr_image(self.url, kind)

    def _pm_qr_data_uri(self):
        """The PNG QR code as a data URI, for the label sheets."""
        self.ensure_one()
        return "data:image/png;base64," + base64.b64encode(self._pm_qr()).decode()

    @api.model
    def _pm_from_code(self, code):
        """The tag of a public code, or nothing."""
        if not code or len(code) > 64:
            return self.browse()
        return self.sudo().search([("code", "=", code)], limit=1)
