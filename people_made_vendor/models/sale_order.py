# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import models


class SaleOrder(models.Model):
    _inherit = "sale.order"

    def action_confirm(self):
        # before anything is written: a refused order stays a quotation
        self.order_line.product_id.product_tmpl_id._pm_check_sellable()
        return super().action_confirm()
