# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import base64
import secrets

from odoo import api, fields, models
from odoo.exceptions import UserError

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
    gift_deadline = fields.Date(
        string="Messages Until",
        help="After this day, no one can leave a gift message behind the tag.",
    )
    gift_used = fields.Boolean(
        string="Message Written",
        readonly=True,
        copy=False,
        help="A giver wrote a message behind this tag; it stays used when the "
        "message is deleted after the retention period, so no stranger can "
        "write on a gift already given.",
    )
    gift_message_ids = fields.One2many("pm.gift.message", "tag_id")

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

    # gift messages -------------------------------------------------------

    def _pm_gift_state(self):
        """``open`` when a giver can write a message behind the tag, else
        ``used``, ``expired`` or ``none`` (not meant for messages)."""
        self.ensure_one()
        if not self.product_tmpl_id.pm_gift_message:
            return "none"
        if self.gift_used or self.sudo().gift_message_ids:
            return "used"
        # the deadline is a day of the company's calendar, whoever scans
        today = (self.product_tmpl_id.company_id or self.env.company)._pm_today()
        if self.gift_deadline and self.gift_deadline < today:
            return "expired"
        return "open"

    def _pm_check_gift_open(self):
        state = self._pm_gift_state()
        if state == "used":
            raise UserError(
                self.env._(
                    "Someone has already left a message behind this tag. If it "
                    "was you, change it with the private link you received."
                )
            )
        if state == "expired":
            raise UserError(
                self.env._("This tag no longer takes messages: its time is over.")
            )
        if state != "open":
            raise UserError(self.env._("This tag does not take gift messages."))

    def _pm_write_gift(self, values):
        """A giver leaves a message behind this unused tag.

        :return: the message and the secret of its private edit link
        """
        self.ensure_one()
        self._pm_check_gift_open()
        gift = self.env["pm.gift.message"]._pm_create(
            values, tag_id=self.id, source="tag"
        )
        self.sudo().gift_used = True
        return gift, gift._pm_issue_edit_secret()
