# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import models


class StockMove(models.Model):
    _inherit = "stock.move"

    def _prepare_phantom_move_values(self, bom_line, product_qty, quantity_done):
        values = super()._prepare_phantom_move_values(
            bom_line, product_qty, quantity_done
        )
        maker = bom_line.product_id.pm_member_id
        if self.product_id.pm_is_basket and maker:
            # each item of a basket leaves the hub from its own maker's
            # stock: never another owner's, never People Made's
            values["restrict_partner_id"] = maker.id
        return values
