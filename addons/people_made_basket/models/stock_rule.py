# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import models


class StockRule(models.Model):
    _inherit = "stock.rule"

    def _get_stock_move_values(
        self,
        product_id,
        product_qty,
        product_uom,
        location_dest_id,
        name,
        origin,
        company_id,
        values,
    ):
        move_values = super()._get_stock_move_values(
            product_id,
            product_qty,
            product_uom,
            location_dest_id,
            name,
            origin,
            company_id,
            values,
        )
        # an order's basket is procured as its items (mrp explodes the kit
        # before the rules run): each item from its own maker's stock
        bom_line = self.env["mrp.bom.line"].browse(values.get("bom_line_id"))
        maker = product_id.pm_member_id
        if maker and bom_line.bom_id.product_tmpl_id.pm_is_basket:
            move_values["restrict_partner_id"] = maker.id
        return move_values
