# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import base64
import binascii
import hashlib
import secrets
from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.http import request
from odoo.tools.image import base64_to_image

from odoo.addons.people_made.tools import validate

# what the form and the database accept
MESSAGE_MAX_LENGTH = 500
SIGNATURE_MAX_LENGTH = 60
PHOTO_MAX_BYTES = 8 * 1024 * 1024
PHOTO_FORMATS = ("JPEG", "PNG", "WEBP", "GIF")
# how long a message is kept when the settings say nothing
RETENTION_DAYS_DEFAULT = 365
RETENTION_PARAM = "people_made_story.gift_retention_days"
# the giver's private edit link: 192 random bits, only its hash is kept
EDIT_SECRET_BYTES = 24
# personal data: never exported, whatever the path to it
PERSONAL_FIELDS = {"message", "signature", "photo", "edit_secret_hash"}


def _pm_hash(secret):
    return hashlib.sha256(secret.encode()).hexdigest()


class PmGiftMessage(models.Model):
    """A giver's message for whoever receives a piece of wrapping textile.

    Shown above the product's story to whoever scans the tag, as plain text.
    The giver changes or deletes it through a private link whose secret is
    random and separate from the tag's public code; only its hash is stored.
    Personal data: kept with consent, deleted after the retention period set
    in the settings, never exported."""

    _name = "pm.gift.message"
    _description = "Gift Message"
    _order = "id desc"
    _rec_name = "tag_id"

    tag_id = fields.Many2one(
        "pm.story.tag", index=True, ondelete="cascade", readonly=True
    )
    sale_line_id = fields.Many2one(
        "sale.order.line",
        string="Order Line",
        index="btree_not_null",
        ondelete="cascade",
        readonly=True,
    )
    product_tmpl_id = fields.Many2one(
        "product.template", string="Product", compute="_compute_product_tmpl_id"
    )
    source = fields.Selection(
        [("tag", "Scanned tag"), ("checkout", "Checkout")],
        required=True,
        readonly=True,
        default="tag",
    )
    message = fields.Text(required=True, exportable=False)
    signature = fields.Char(string="Signed", exportable=False)
    photo = fields.Image(max_width=1024, max_height=1024, exportable=False)
    consent_date = fields.Datetime(required=True, readonly=True)
    state = fields.Selection(
        [
            ("published", "Shown"),
            ("reported", "Reported"),
            ("hidden", "Hidden"),
        ],
        default="published",
        required=True,
        index=True,
        help="Reported: the recipient reported it; it is hidden until staff "
        "look at it. Hidden: staff hid it.",
    )
    report_count = fields.Integer(readonly=True)
    report_reason = fields.Selection(
        [
            ("offensive", "Offensive or hateful"),
            ("spam", "Advertising or spam"),
            ("private", "Private data of someone else"),
            ("other", "Something else"),
        ],
        readonly=True,
    )
    edit_secret_hash = fields.Char(
        readonly=True, copy=False, index=True, groups="base.group_system"
    )
    date_delete = fields.Date(
        string="Deleted On",
        compute="_compute_date_delete",
        help="The day the message is deleted, after the retention period.",
    )

    _one_message_per_tag = models.Constraint(
        "UNIQUE(tag_id)", "A tag carries one gift message."
    )
    _one_message_per_line = models.Constraint(
        "UNIQUE(sale_line_id)", "An order line carries one gift message."
    )
    _message_length = models.Constraint(
        f"CHECK(char_length(message) <= {MESSAGE_MAX_LENGTH})",
        "A gift message is too long.",
    )

    @api.depends("tag_id", "sale_line_id")
    def _compute_product_tmpl_id(self):
        for gift in self:
            gift.product_tmpl_id = (
                gift.tag_id.product_tmpl_id or gift.sale_line_id.product_template_id
            )

    @api.model
    def _pm_retention_days(self):
        value = self.env["ir.config_parameter"].sudo().get_param(RETENTION_PARAM)
        try:
            days = int(value or 0)
        except ValueError:
            days = 0
        # nothing or nonsense set: the default, never "delete at once"
        return days if days > 0 else RETENTION_DAYS_DEFAULT

    @api.depends("create_date")
    def _compute_date_delete(self):
        days = self._pm_retention_days()
        for gift in self:
            gift.date_delete = (
                (gift.create_date or fields.Datetime.now()) + timedelta(days=days)
            ).date()

    # what the giver sends -------------------------------------------------

    @api.model
    def _pm_clean(self, message, signature, photo_file=None, consent=False):
        """The values of a giver's form, checked; a clear error otherwise.

        ``photo_file`` is an uploaded file (werkzeug FileStorage) or bytes."""
        env = self.env
        # refuses files sent as text and control characters; the lengths
        # are checked below, in the giver's words
        message = validate.clean_text(
            env, message, env._("Your message"), None, multiline=True
        )
        signature = validate.clean_text(env, signature, env._("Your name"), None)
        if not message:
            raise UserError(self.env._("Write a message first."))
        if len(message) > MESSAGE_MAX_LENGTH:
            raise UserError(
                self.env._(
                    "Your message has %(length)s characters; it can have at most "
                    "%(max)s. Shorten it and send it again.",
                    length=len(message),
                    max=MESSAGE_MAX_LENGTH,
                )
            )
        if len(signature) > SIGNATURE_MAX_LENGTH:
            raise UserError(
                self.env._(
                    "The name you sign with can have at most %(max)s characters.",
                    max=SIGNATURE_MAX_LENGTH,
                )
            )
        if not consent:
            raise UserError(
                self.env._(
                    "Tick the box to agree that People Made keeps your message "
                    "until it is deleted."
                )
            )
        values = {"message": message, "signature": signature or False}
        if isinstance(photo_file, bytes):
            data = photo_file
        else:
            # read no further than the largest photo taken
            data = validate.clean_upload(
                env, photo_file, env._("The photo"), PHOTO_MAX_BYTES, image=False
            )
        if data:
            values["photo"] = self._pm_check_photo(data)
        return values

    @api.model
    def _pm_create(self, values, **links):
        """A new message from a giver's checked values (see ``_pm_clean``),
        linked to its tag or order line; consent is given now."""
        return self.sudo().create(
            dict(values, consent_date=fields.Datetime.now(), **links)
        )

    @api.model
    def _pm_check_photo(self, data):
        """The photo, base64-encoded, when it is an image we can show."""
        error = self.env._(
            "The photo is not an image (JPEG, PNG or WebP up to 8 MB). Your "
            "text is kept: choose another photo or send without one."
        )
        if len(data) > PHOTO_MAX_BYTES:
            raise UserError(error)
        photo = base64.b64encode(data)
        try:
            # the check Odoo makes on every image field, done here so that
            # the giver reads our message instead of a technical one
            image = base64_to_image(photo)
        except (UserError, ValueError, OSError, binascii.Error) as exc:
            raise UserError(error) from exc
        if image.format not in PHOTO_FORMATS:
            raise UserError(error)
        return photo

    @api.model
    def _pm_new_secret(self):
        return secrets.token_urlsafe(EDIT_SECRET_BYTES)

    def _pm_issue_edit_secret(self):
        """A fresh private edit link's secret: the previous one stops working.

        Only its hash is stored, so the link is shown (or mailed) once."""
        self.ensure_one()
        secret = self._pm_new_secret()
        self.sudo().edit_secret_hash = _pm_hash(secret)
        return secret

    @api.model
    def _pm_from_secret(self, secret):
        """The message of a private edit link, or nothing."""
        if not secret or len(secret) > 64:
            return self.browse()
        # a lookup by the secret's hash: the secret itself is stored nowhere
        return self.sudo().search(
            [("edit_secret_hash", "=", _pm_hash(secret))], limit=1
        )

    def _pm_edit_url(self, secret):
        # the address the giver came in on: web.base.url may still be
        # localhost on a fresh install, or another of the site's names
        base = request.httprequest.host_url if request else self.get_base_url()
        return f"{base.rstrip('/')}/g/{secret}"

    def _pm_update(self, values):
        """The giver changes its message: a reported or hidden message stays
        as staff left it until they look at it again."""
        self.ensure_one()
        self.sudo().write(values)

    # what the recipient does ----------------------------------------------

    def _pm_report(self, reason):
        """The recipient reports the message: hidden until staff look at it."""
        self.ensure_one()
        if reason not in dict(self._fields["report_reason"].selection):
            reason = "other"
        gift = self.sudo()
        gift.write(
            {
                "state": "reported" if gift.state == "published" else gift.state,
                "report_count": gift.report_count + 1,
                "report_reason": reason,
            }
        )

    def _pm_is_shown(self):
        return bool(self) and self.state == "published"

    # staff -----------------------------------------------------------------

    def action_pm_show(self):
        self.write({"state": "published"})

    def action_pm_hide(self):
        self.write({"state": "hidden"})

    # privacy ---------------------------------------------------------------

    def _export_rows(self, fields, *, _is_toplevel_call=True):
        # personal data never leaves through an export, directly or through
        # a relation (e.g. tag / gift message / message)
        if any(path[0] in PERSONAL_FIELDS for path in fields):
            raise UserError(
                self.env._("Gift messages are personal data: they cannot be exported.")
            )
        return super()._export_rows(fields, _is_toplevel_call=_is_toplevel_call)

    @api.model
    def _cron_pm_delete_expired(self):
        """Delete the messages older than the retention period."""
        limit = fields.Datetime.now() - timedelta(days=self._pm_retention_days())
        self.sudo().search([("create_date", "<", limit)]).unlink()
