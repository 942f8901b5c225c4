# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import models


class StockMove(models.Model):
    _inherit = "stock.move"

    def _pm_default_owner(self):
        """At the till, goods always have an owner to take them from or give
        them back to (odoo/odoo#41355 would otherwise leave ownerless
        negative or positive quants).

        A sale takes the maker's quants; People Made's own stock when only
        People Made has the product at the shop; the maker's otherwise, even
        if its count goes below zero (its count was wrong, not People
        Made's). A refund gives the goods back to the owner they were sold
        from, the maker by default."""
        owner = super()._pm_default_owner()
        line_ids = self.env.context.get("pm_pos_order_line_ids")
        maker = self.product_id.pm_member_id
        if owner or not line_ids or not maker:
            return owner
        Quant = self.env["stock.quant"]
        if self.location_id.usage == "internal":
            own_stock = Quant._gather(
                self.product_id, self.location_id, owner_id=False, strict=True
            ).filtered(lambda quant: not quant.owner_id and quant.quantity > 0)
            return self.env["res.partner"] if own_stock else maker
        if self.location_dest_id.usage == "internal":
            sold = (
                self.env["pos.order.line"]
                .browse(line_ids)
                .filtered(lambda line: line.product_id == self.product_id)
                .refunded_orderline_id
            )
            pickings = sold.order_id.picking_ids | sold.order_id.session_id.picking_ids
            owners = {
                ml.owner_id
                for ml in pickings.move_line_ids
                if ml.product_id == self.product_id
                and ml.location_dest_id.usage == "customer"
            }
            # an empty owner is People Made's own stock: it goes back there
            return owners.pop() if len(owners) == 1 else maker
        return owner

    def _pm_negative_stock_allowed(self):
        # the till sold it already: the maker's count was wrong, not the sale
        picking = self.picking_id
        return (
            bool(self.env.context.get("pm_till_sale"))
            or bool(picking.pos_order_id or picking.pos_session_id)
            or super()._pm_negative_stock_allowed()
        )
