# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.fields import Command
from odoo.tools.image import base64_to_image

from odoo.addons.people_made.tools import validate

# Photos a member may add beside the main one; the shop's gallery shows them.
MAX_EXTRA_PHOTOS = 8
# what a member may propose: a name fits a shop tile and a label, a
# description a product page; a price in euros, a weight in kilograms
NAME_MAX_LENGTH = 120
DESCRIPTION_MAX_LENGTH = 5000
PRICE_MAX = 100000
WEIGHT_MAX = 1000


class ProductTemplate(models.Model):
    _inherit = "product.template"

    pm_member_id = fields.Many2one(
        "res.partner",
        string="Maker",
        index=True,
        tracking=True,
        ondelete="restrict",
        domain=[("is_pm_member", "=", True)],
        help="The member organisation that made this product: it owns the "
        "product and its stock and is paid for what is sold.",
    )
    pm_approval_state = fields.Selection(
        [
            ("proposed", "Proposed"),
            ("approved", "Approved"),
            ("rejected", "Rejected"),
        ],
        string="Approval",
        default="approved",
        tracking=True,
        copy=False,
        help="A product a member proposes from the portal waits for People "
        "Made's approval; only approved products can be published.",
    )
    pm_rejection_reason = fields.Text(string="Reason for Rejection", copy=False)
    pm_suggested_price = fields.Monetary(
        string="Suggested Price",
        currency_field="currency_id",
        help="The price the member suggests in its proposal.",
    )

    @api.constrains("pm_member_id", "type")
    def _check_pm_member_is_member(self):
        for product in self:
            if product.pm_member_id and not product.pm_member_id.is_pm_member:
                raise ValidationError(
                    self.env._(
                        "%(product)s: its maker %(maker)s is not a People Made member.",
                        product=product.display_name,
                        maker=product.pm_member_id.display_name,
                    )
                )

    @api.constrains("is_published", "pm_approval_state", "pm_member_id")
    def _check_pm_publishable(self):
        for product in self.filtered("is_published"):
            if product.pm_member_id and product.pm_approval_state != "approved":
                raise ValidationError(
                    self.env._(
                        "%(product)s cannot be published before People Made "
                        "approves it.",
                        product=product.display_name,
                    )
                )
            if product.pm_member_id and not product.pm_member_id._pm_can_sell():
                raise ValidationError(
                    self.env._(
                        "%(product)s cannot be published: its maker %(maker)s is "
                        "not an active member.",
                        product=product.display_name,
                        maker=product.pm_member_id.display_name,
                    )
                )

    def _pm_check_sellable(self):
        """Refuse to sell products of makers that are not active members."""
        for product in self.filtered("pm_member_id"):
            if (
                not product.pm_member_id._pm_can_sell()
                or product.pm_approval_state != "approved"
            ):
                raise UserError(
                    self.env._(
                        "%(product)s cannot be sold: it is not approved or its "
                        "maker %(maker)s is not an active member.",
                        product=product.display_name,
                        maker=product.pm_member_id.display_name,
                    )
                )

    def action_pm_approve(self):
        for product in self:
            if product.pm_approval_state == "approved":
                continue
            product.write(
                {"pm_approval_state": "approved", "pm_rejection_reason": False}
            )
            if not product.is_published:
                # published ones are told by write()
                product._pm_tell_member(
                    self.env._(
                        "%(product)s is approved. People Made publishes it in "
                        "the webshop next.",
                        product=product.name,
                    )
                )

    def write(self, vals):
        publishing = self.browse()
        # the website's Publish button writes website_published, whose
        # inverse writes is_published here again
        if vals.get("is_published"):
            publishing = self.filtered(lambda p: p.pm_member_id and not p.is_published)
        res = super().write(vals)
        for product in publishing.filtered("is_published"):
            product._pm_tell_member(
                self.env._(
                    "%(product)s is approved and on sale in the webshop.",
                    product=product.name,
                ),
                url=product.get_base_url() + product.website_url,
            )
        return res

    def _pm_tell_member(self, message, url=None):
        """Tell the product's member (by e-mail, and in its portal, where
        its products show their state)."""
        self.ensure_one()
        body = Markup("<p>%s</p>") % message
        if url:
            body += Markup('<p><a href="%s">%s</a></p>') % (
                url,
                self.env._("See it in the webshop"),
            )
        self.message_post(
            body=body,
            partner_ids=self.pm_member_id.ids,
            subtype_xmlid="mail.mt_comment",
        )

    def action_pm_reject(self):
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Reject Product"),
            "res_model": "pm.product.reject.wizard",
            "view_mode": "form",
            "target": "new",
            "context": {"default_product_tmpl_ids": self.ids},
        }

    def _pm_reject(self, reason):
        if not (reason or "").strip():
            raise UserError(self.env._("Say why the product is rejected."))
        self.write(
            {
                "pm_approval_state": "rejected",
                "pm_rejection_reason": reason.strip(),
                "is_published": False,
            }
        )
        for product in self:
            product.message_post(
                body=self.env._("Rejected: %(reason)s", reason=reason.strip()),
                partner_ids=product.pm_member_id.ids,
            )

    @api.model
    def _pm_proposal_values(self, values):
        """Check a proposal typed by a member and return the values to write.

        :param values: dict with name, description, price, weight (strings as
            typed) and image (base64 or empty)
        :raise UserError: with a message the member can act on
        """
        env = self.env
        name = validate.clean_text(
            env, values.get("name"), env._("The name"), NAME_MAX_LENGTH
        )
        if not name:
            raise UserError(env._("Give the product a name."))
        description = validate.clean_text(
            env,
            values.get("description"),
            env._("The description"),
            DESCRIPTION_MAX_LENGTH,
            multiline=True,
        )
        price = validate.clean_number(
            env, values.get("price"), env._("The price"), maximum=PRICE_MAX
        )
        weight = validate.clean_number(
            env,
            values.get("weight"),
            env._("The weight"),
            maximum=WEIGHT_MAX,
            required=False,
        )
        if price <= 0:
            raise UserError(env._("Suggest a price above zero."))
        result = {
            "name": name,
            "description_sale": description,
            "pm_suggested_price": price,
            "weight": weight or 0.0,
        }
        if values.get("image"):
            # refuses anything that is not an image, with a clear message
            base64_to_image(values["image"]).verify()
            result["image_1920"] = values["image"]
        extra = [image for image in values.get("images") or [] if image]
        if len(extra) + len(self.product_template_image_ids) > MAX_EXTRA_PHOTOS:
            raise UserError(
                self.env._(
                    "A product can have at most %(count)s extra photos.",
                    count=MAX_EXTRA_PHOTOS,
                )
            )
        for image in extra:
            base64_to_image(image).verify()
        if extra:
            result["product_template_image_ids"] = [
                Command.create({"name": name, "image_1920": image}) for image in extra
            ]
        return result

    @api.model
    def _pm_propose(self, member, values):
        """A member proposes a new product: it waits for approval."""
        vals = self._pm_proposal_values(values)
        vals.update(
            {
                "pm_member_id": member.id,
                "pm_approval_state": "proposed",
                "list_price": vals["pm_suggested_price"],
                "is_published": False,
                "is_storable": True,
            }
        )
        return self.sudo().create(vals)

    def _pm_update_proposal(self, values):
        """A member edits its proposal; a rejected one is proposed again."""
        self.ensure_one()
        if self.pm_approval_state == "approved":
            raise UserError(
                self.env._("An approved product is changed by People Made's staff.")
            )
        vals = self._pm_proposal_values(values)
        vals["pm_approval_state"] = "proposed"
        self.sudo().write(vals)

    @api.model
    def _search_get_detail(self, website, order, options):
        detail = super()._search_get_detail(website, order, options)
        maker = validate.clean_id(options.get("pm_maker"))
        if maker:
            # the shop's maker filter, combined with its other filters
            detail["base_domain"].append([("pm_member_id", "=", maker)])
        return detail
