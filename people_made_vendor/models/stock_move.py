# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import logging

from odoo import api, fields, models
from odoo.exceptions import UserError

from odoo.addons.people_made.tools import validate

_logger = logging.getLogger(__name__)

# a lot or serial number as makers write them on their goods
LOT_MAX_LENGTH = 64
# the lots a maker is offered to pick from (it types any other one)
LOT_SUGGESTIONS = 30


class StockMove(models.Model):
    _inherit = "stock.move"

    pm_member_id = fields.Many2one(
        "res.partner",
        string="Maker",
        compute="_compute_pm_member_id",
        store=True,
        index=True,
    )

    @api.depends("product_id.pm_member_id", "rule_id")
    def _compute_pm_member_id(self):
        for move in self:
            move.pm_member_id = move.product_id.pm_member_id

    def _pm_ships_from_maker(self):
        self.ensure_one()
        return self.rule_id.route_id == self.env.ref(
            "people_made_vendor.route_shipped_by_maker", raise_if_not_found=False
        )

    def _key_assign_picking(self):
        keys = super()._key_assign_picking()
        if self._pm_ships_from_maker():
            # one shipment per maker
            keys += (self.pm_member_id,)
        return keys

    def _search_picking_for_assignation_domain(self):
        domain = super()._search_picking_for_assignation_domain()
        if self._pm_ships_from_maker():
            domain += [("pm_member_id", "=", self.pm_member_id.id)]
        return domain

    def _get_new_picking_values(self):
        values = super()._get_new_picking_values()
        if self[:1]._pm_ships_from_maker():
            values["pm_member_id"] = self[:1].pm_member_id.id
        return values

    def _pm_default_owner(self):
        """The owner of goods this move takes without a reserved quant.

        Odoo then leaves the owner empty, which creates an ownerless negative
        quant beside the maker's positive one (odoo/odoo#41355). A return
        gives the goods back to whoever owned them when they left; goods
        leaving an internal location belong to the maker when it has stock
        there."""
        self.ensure_one()
        if self.location_dest_id.usage == "internal" and self.origin_returned_move_id:
            return self.origin_returned_move_id.move_line_ids.owner_id[:1]
        maker = self.product_id.pm_member_id
        if maker and self.location_id.usage == "internal":
            quants = self.env["stock.quant"]._gather(
                self.product_id, self.location_id, owner_id=maker, strict=True
            )
            if quants.filtered(lambda q: q.owner_id == maker and q.quantity > 0):
                return maker
            own = self.env["stock.quant"]._gather(
                self.product_id, self.location_id, owner_id=False, strict=True
            )
            if own.filtered(lambda q: not q.owner_id and q.quantity > 0):
                # People Made bought some: its own stock goes first
                return self.env["res.partner"]
            # never an ownerless negative quant: the maker's count goes
            # below zero, which _pm_check_maker_stock refuses or records
            return maker
        return self.env["res.partner"]

    def _action_done(self, cancel_backorder=False):
        moves = super()._action_done(cancel_backorder=cancel_backorder)
        moves._pm_check_maker_stock()
        return moves

    def _pm_check_maker_stock(self):
        """Goods of a maker that left a shelf where the maker had too few of
        them: refused, with what to do, unless the path allows it
        (``_pm_negative_stock_allowed``), in which case it is recorded on the
        transfer."""
        moves = self.filtered(
            lambda move: move.state == "done" and move.product_id.pm_member_id
        )
        locations = moves.move_line_ids.location_id.filtered(
            lambda loc: loc.usage == "internal"
        )
        if not locations:
            return
        # one query for the whole transfer (a session's closing moves many
        # products), then per move
        negative = (
            self.env["stock.quant"]
            .sudo()
            .search(
                [
                    ("product_id", "in", moves.product_id.ids),
                    ("location_id", "in", locations.ids),
                    ("quantity", "<", 0),
                ]
            )
        )
        for move in moves:
            maker = move.product_id.pm_member_id
            below = negative.filtered(
                lambda quant, move=move, maker=maker: (
                    quant.product_id == move.product_id
                    and quant.location_id in move.move_line_ids.location_id
                    and (not quant.owner_id or quant.owner_id == maker)
                )
            )
            if not below:
                continue
            message = self.env._(
                "%(product)s: %(maker)s has %(quantity)s at %(location)s after "
                "this transfer. Receive or count the maker's stock there first.",
                product=move.product_id.display_name,
                maker=maker.display_name,
                quantity=f"{sum(below.mapped('quantity')):g}",
                location=below[:1].location_id.display_name,
            )
            if not move._pm_negative_stock_allowed():
                raise UserError(message)
            # an explicit decision, kept where staff look for it
            _logger.info("Maker stock below zero, allowed: %s", message)
            if move.picking_id:
                move.picking_id.message_post(body=message)

    def _pm_negative_stock_allowed(self):
        """Whether this move may leave its maker's stock below zero.

        Not by default; the till does (its sale happened already)."""
        self.ensure_one()
        return False

    def _prepare_move_line_vals(self, quantity=None, reserved_quant=None):
        vals = super()._prepare_move_line_vals(
            quantity=quantity, reserved_quant=reserved_quant
        )
        if not reserved_quant and not vals.get("owner_id"):
            owner = self.restrict_partner_id or self._pm_default_owner()
            if owner:
                vals["owner_id"] = owner.id
        return vals

    def _update_reserved_quantity_vals(
        self,
        need,
        location_id,
        lot_id=None,
        package_id=None,
        owner_id=None,
        strict=True,
    ):
        # Odoo's restrict_partner_id says "take only this partner's goods",
        # but Odoo 19 reserves any owner's: a move restricted to an owner (a
        # basket's item, a transfer to a hub) reserves only that owner's
        return super()._update_reserved_quantity_vals(
            need,
            location_id,
            lot_id=lot_id,
            package_id=package_id,
            owner_id=owner_id or self.restrict_partner_id or None,
            strict=strict,
        )

    def _pm_shipped_lots(self, quantity, names):
        """The lots ``quantity`` units of this move ship from, as
        [(lot, quantity)], from the names the maker gave: one serial number
        per unit, or the one lot the units come from.

        A name the product has no lot of yet is a new lot of the maker's
        product; a serial number that already reached a customer is refused."""
        self.ensure_one()
        env = self.env
        product = self.product_id
        label = env._("The lot or serial number of %s", product.display_name)
        names = [
            name
            for name in (
                validate.clean_text(env, n, label, LOT_MAX_LENGTH) for n in names
            )
            if name
        ]
        if product.tracking == "serial":
            if len(names) != quantity:
                raise UserError(
                    env._(
                        "%(product)s: give one serial number per unit shipped "
                        "(%(quantity)s units, %(count)s serial numbers).",
                        product=product.display_name,
                        quantity=f"{quantity:g}",
                        count=len(names),
                    )
                )
            twice = {name for name in names if names.count(name) > 1}
            if twice:
                raise UserError(
                    env._(
                        "%(product)s: serial number %(serial)s is given twice.",
                        product=product.display_name,
                        serial=", ".join(sorted(twice)),
                    )
                )
        elif len(set(names)) != 1:
            raise UserError(
                env._(
                    "%(product)s: give the lot the units shipped come from.",
                    product=product.display_name,
                )
            )
        lots = self._pm_lots_named(set(names))
        if product.tracking == "serial":
            delivered = lots._pm_delivered()
            if delivered:
                raise UserError(
                    env._(
                        "%(product)s: serial number %(serial)s was shipped already.",
                        product=product.display_name,
                        serial=", ".join(delivered.mapped("name")),
                    )
                )
            by_name = {lot.name: lot for lot in lots}
            return [(by_name[name], 1.0) for name in names]
        return [(lots, quantity)]

    def _pm_lots_named(self, names):
        """The product's lots of these names, the missing ones created."""
        self.ensure_one()
        Lot = self.env["stock.lot"]
        company = self.company_id
        lots = Lot.search(
            [
                ("product_id", "=", self.product_id.id),
                ("name", "in", list(names)),
                ("company_id", "in", [False, company.id]),
            ]
        )
        missing = names - set(lots.mapped("name"))
        return lots | Lot.create(
            [
                {
                    "name": name,
                    "product_id": self.product_id.id,
                    "company_id": company.id,
                }
                for name in sorted(missing)
            ]
        )

    def _pm_lot_suggestions(self):
        """The lots of this move's product the maker may pick: its serial
        numbers that have not reached a customer, its lots, newest first."""
        self.ensure_one()
        if self.product_id.tracking == "none":
            return self.env["stock.lot"]
        lots = self.env["stock.lot"].search(
            [
                ("product_id", "=", self.product_id.id),
                ("company_id", "in", [False, self.company_id.id]),
            ],
            order="id desc",
            limit=LOT_SUGGESTIONS * 2,
        )
        if self.product_id.tracking == "serial":
            lots -= lots._pm_delivered()
        return lots[:LOT_SUGGESTIONS]
