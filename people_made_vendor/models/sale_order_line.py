# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import models


class SaleOrderLine(models.Model):
    _inherit = "sale.order.line"

    def _prepare_procurement_values(self):
        values = super()._prepare_procurement_values()
        maker = self.product_id.pm_member_id
        # a shopper who picks the order up in a shop gets it from that shop
        in_store = self.order_id.carrier_id.delivery_type == "in_store"
        if maker.pm_fulfilment == "ships" and not self.route_ids and not in_store:
            # the maker ships this line itself, from its own workshop
            values["route_ids"] = self.env.ref(
                "people_made_vendor.route_shipped_by_maker"
            )
        return values
