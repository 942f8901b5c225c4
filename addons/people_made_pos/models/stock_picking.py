# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models


class StockPicking(models.Model):
    _inherit = "stock.picking"

    pm_is_collect = fields.Boolean(
        string="Click and Collect", compute="_compute_pm_is_collect"
    )

    def _compute_pm_is_collect(self):
        for picking in self:
            picking.pm_is_collect = (
                picking.picking_type_code == "outgoing"
                and picking.sale_id.carrier_id.delivery_type == "in_store"
            )

    @api.model
    def _create_picking_from_pos_order_lines(
        self, location_dest_id, lines, picking_type, partner=False
    ):
        # the till's transfers know the till lines they come from: a refund
        # gives the goods back to whoever owned them when sold, and a sale
        # (done already) may take a maker's count below zero (stock.move)
        return super(
            StockPicking, self.with_context(pm_pos_order_line_ids=lines.ids)
        )._create_picking_from_pos_order_lines(
            location_dest_id, lines, picking_type, partner=partner
        )

    def action_pm_hand_over(self):
        """Hand a click-and-collect order over at the shop's counter: the
        whole order, in one action."""
        return self._pm_validate_whole(skip_sms=True, cancel_backorder=True)
