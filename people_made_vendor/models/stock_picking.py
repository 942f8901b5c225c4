# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools.misc import formatLang

from odoo.addons.people_made.tools import validate

# a carrier's name and a parcel's tracking reference as carriers give them
# (bpost, PostNL, DPD: 13 to 28 characters), with room to spare
CARRIER_MAX_LENGTH = 64
TRACKING_MAX_LENGTH = 64
# why a maker cannot supply a product: a sentence or two for the customer
REASON_MAX_LENGTH = 500


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
        # a backorder is what the maker was told of already
        pickings.filtered(
            lambda p: p.pm_member_id and not p.backorder_id
        )._pm_notify_maker()
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

    def _pm_validate_whole(self, **context):
        """Validate these transfers whole, in one action: what is not
        reserved yet is reserved, every move is done for its full demand, no
        backorder wizard (a shop's hand-over, a hub's receipt)."""
        for picking in self:
            if picking.state in ("draft", "waiting", "confirmed"):
                picking.action_assign()
            for move in picking.move_ids:
                if move.product_uom.compare(move.quantity, move.product_uom_qty) < 0:
                    move.quantity = move.product_uom_qty
            picking.move_ids.picked = True
        return self.with_context(skip_backorder=True, **context).button_validate()

    def action_pm_mark_shipped(self, carrier, tracking_ref, quantities=None, lots=None):
        """The maker shipped this delivery, or part of it: record how, deliver
        what was shipped, tell the customer. What is left stays to ship in a
        backorder (Odoo's), which the maker sees under *To ship*.

        :param quantities: {move id: quantity shipped, as typed}; a move left
            out ships its whole remaining quantity
        :param lots: {move id: [lot or serial names, as typed]} for tracked
            products: one serial per unit, or the lot the units come from
        """
        self.ensure_one()
        env = self.env
        carrier = validate.clean_text(
            env, carrier, env._("The carrier"), CARRIER_MAX_LENGTH
        )
        tracking_ref = validate.clean_text(
            env, tracking_ref, env._("The tracking reference"), TRACKING_MAX_LENGTH
        )
        self._pm_check_open()
        if not carrier or not tracking_ref:
            raise UserError(self.env._("Give the carrier and the tracking reference."))
        quantities = quantities or {}
        lots = lots or {}
        moves = self._pm_open_moves()
        shipped = {}
        for move in moves:
            quantity = move.product_uom_qty
            if move.id in quantities:
                quantity = validate.clean_number(
                    env,
                    quantities[move.id],
                    env._("The quantity of %s", move.product_id.display_name),
                    maximum=move.product_uom_qty,
                )
            if (
                quantity
                and not float(quantity).is_integer()
                and (move.product_id.tracking == "serial")
            ):
                raise UserError(
                    env._(
                        "%(product)s ships in whole units.",
                        product=move.product_id.display_name,
                    )
                )
            shipped[move] = quantity
        if not any(shipped.values()):
            raise UserError(env._("Give the quantity of at least one product shipped."))
        values = {"pm_carrier_name": carrier, "carrier_tracking_ref": tracking_ref}
        known = env["delivery.carrier"]._pm_find_maker_carrier(carrier)
        if known or self.carrier_id:
            # the maker's carrier, whose tracking link the customer gets;
            # not the shopper's delivery method, which has none
            values["carrier_id"] = known.id
        self.write(values)
        for move, quantity in shipped.items():
            move.move_line_ids.unlink()
            if not quantity:
                move.picked = False
                continue
            if move.product_id.tracking == "none":
                parts = [(env["stock.lot"], quantity)]
            else:
                parts = move._pm_shipped_lots(quantity, lots.get(move.id) or [])
            env["stock.move.line"].create(
                [
                    dict(
                        move._prepare_move_line_vals(quantity=part_quantity),
                        lot_id=lot.id,
                        picked=True,
                    )
                    for lot, part_quantity in parts
                ]
            )
            move.picked = True
        # what was not shipped goes to a backorder, without the wizard
        self.with_context(skip_backorder=True).button_validate()
        template = self.env.ref("people_made_vendor.mail_template_maker_shipped")
        self.message_post_with_source(
            template, subtype_xmlid="mail.mt_comment", partner_ids=self.partner_id.ids
        )
        return True

    def action_pm_cannot_supply(self, move_id, reason):
        """The maker cannot supply what is left of one product of this
        delivery: that part is cancelled, the order and its invoice follow
        (``sale.order.line._pm_cannot_supply``), staff and the customer are
        told why."""
        self.ensure_one()
        env = self.env
        reason = validate.clean_text(
            env, reason, env._("The reason"), REASON_MAX_LENGTH, multiline=True
        )
        self._pm_check_open()
        move_id = validate.clean_id(move_id)
        move = self._pm_open_moves().filtered(lambda m: m.id == move_id)
        if not move:
            raise UserError(env._("This product is not left to ship in this delivery."))
        if not reason:
            raise UserError(env._("Say why you cannot supply it."))
        quantity = move.product_uom_qty
        line = move.sale_line_id
        move._action_cancel()
        refund = env["account.move"]
        if line:
            refund = line._pm_cannot_supply(
                move.product_uom._compute_quantity(quantity, line.product_uom_id),
                reason,
            )
        record = line.order_id or self
        # in the customer's language: the message is theirs
        customer_env = record.with_context(lang=self.partner_id.lang or env.lang).env
        record.message_post(
            body=self._pm_cannot_supply_message(
                customer_env, move, quantity, reason, refund
            ),
            subtype_xmlid="mail.mt_comment",
            partner_ids=self.partner_id.ids,
        )
        return True

    def _pm_cannot_supply_message(self, env, move, quantity, reason, refund):
        product = move.product_id.with_env(env)
        paragraphs = [
            env._(
                "%(maker)s cannot supply %(quantity)s × %(product)s of this order.",
                maker=product.pm_member_id.name,
                quantity=f"{quantity:g}",
                product=product.display_name,
            ),
            env._("Reason: %s", reason),
            env._(
                "That part of the order is cancelled and credited (%(refund)s, "
                "%(amount)s); the amount is paid back to you.",
                refund=refund.name,
                amount=formatLang(
                    env, refund.amount_total, currency_obj=refund.currency_id
                ),
            )
            if refund
            else env._("That part of the order is cancelled; you will not pay for it."),
        ]
        return Markup("").join(Markup("<p>%s</p>") % text for text in paragraphs)

    def _pm_check_open(self):
        self.ensure_one()
        if not self.pm_member_id:
            raise UserError(self.env._("This delivery is not shipped by a maker."))
        if self.state in ("done", "cancel"):
            raise UserError(
                self.env._("Delivery %(name)s is already closed.", name=self.name)
            )

    def _pm_open_moves(self):
        return self.move_ids.filtered(lambda m: m.state not in ("done", "cancel"))
