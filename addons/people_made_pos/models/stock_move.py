# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import models


class StockMove(models.Model):
    _inherit = "stock.move"

    def _pm_default_owner(self):
        """A refund at the till gives the goods back to the owner they were
        sold from (People Made's own stock included), the maker by default.
        A sale takes the maker's or People Made's stock as anywhere else."""
        owner = super()._pm_default_owner()
        line_ids = self.env.context.get("pm_pos_order_line_ids")
        maker = self.product_id.pm_member_id
        if owner or not line_ids or not maker:
            return owner
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
        return (
            bool(self.env.context.get("pm_pos_order_line_ids"))
            or super()._pm_negative_stock_allowed()
        )
