# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import UserError

from odoo.addons.people_made.tools import validate

# a carrier's name and a parcel's tracking reference as carriers give them
# (bpost, PostNL, DPD: 13 to 28 characters), with room to spare
CARRIER_MAX_LENGTH = 64
TRACKING_MAX_LENGTH = 64


class StockPicking(models.Model):
    _inherit = "stock.picking"

    pm_member_id = fields.Many2one(
        "res.partner",
        string="Shipping Maker",
        index=True,
        readonly=True,
        help="The member that ships this delivery itself, from its workshop.",
    )
    pm_carrier_name = fields.Char(
        string="Maker's Carrier",
        tracking=True,
        help="The carrier the maker shipped this delivery with.",
    )

    @api.model_create_multi
    def create(self, vals_list):
        pickings = super().create(vals_list)
        pickings._pm_set_member_owner()
        pickings.filtered("pm_member_id")._pm_notify_maker()
        return pickings

    def _pm_notify_maker(self):
        """Tell the maker what to ship to whom (by email; also in its portal)."""
        template = self.env.ref("people_made_vendor.mail_template_maker_to_ship")
        for picking in self:
            picking.message_post_with_source(
                template,
                subtype_xmlid="mail.mt_note",
                partner_ids=picking.pm_member_id.ids,
            )

    def write(self, vals):
        res = super().write(vals)
        if "partner_id" in vals or "picking_type_id" in vals:
            self._pm_set_member_owner()
        return res

    def _pm_set_member_owner(self):
        """Goods a member brings to People Made's shops stay the member's."""
        for picking in self:
            member = picking.partner_id.commercial_partner_id
            if (
                picking.picking_type_code == "incoming"
                and member.is_pm_member
                and not picking.owner_id
                and picking.state not in ("done", "cancel")
            ):
                picking.owner_id = member

    def action_pm_mark_shipped(self, carrier, tracking_ref):
        """The maker shipped this delivery: record how, deliver, tell the customer."""
        self.ensure_one()
        env = self.env
        carrier = validate.clean_text(
            env, carrier, env._("The carrier"), CARRIER_MAX_LENGTH
        )
        tracking_ref = validate.clean_text(
            env, tracking_ref, env._("The tracking reference"), TRACKING_MAX_LENGTH
        )
        if not self.pm_member_id:
            raise UserError(self.env._("This delivery is not shipped by a maker."))
        if self.state in ("done", "cancel"):
            raise UserError(
                self.env._("Delivery %(name)s is already closed.", name=self.name)
            )
        if not carrier or not tracking_ref:
            raise UserError(self.env._("Give the carrier and the tracking reference."))
        self.write({"pm_carrier_name": carrier, "carrier_tracking_ref": tracking_ref})
        for move in self.move_ids:
            move.quantity = move.product_uom_qty
        self.move_ids.picked = True
        self.with_context(skip_backorder=True, cancel_backorder=True).button_validate()
        template = self.env.ref("people_made_vendor.mail_template_maker_shipped")
        self.message_post_with_source(
            template, subtype_xmlid="mail.mt_comment", partner_ids=self.partner_id.ids
        )
        return True
