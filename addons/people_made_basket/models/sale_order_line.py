# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, models


class SaleOrderLine(models.Model):
    _inherit = "sale.order.line"

    @api.depends("product_id.pm_hub_warehouse_id")
    def _compute_warehouse_id(self):
        res = super()._compute_warehouse_id()
        # a basket leaves from its hub, whatever the order's warehouse: the
        # hub ships it in one parcel, beside the order's other deliveries
        for line in self:
            hub = line.product_id.pm_hub_warehouse_id
            if hub and not line.route_ids:
                line.warehouse_id = hub
        return res
