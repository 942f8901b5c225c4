# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class PmProductRejectWizard(models.TransientModel):
    _name = "pm.product.reject.wizard"
    _description = "Reject a Proposed Product"

    product_tmpl_ids = fields.Many2many("product.template", string="Products")
    reason = fields.Text(required=True)

    def action_reject(self):
        self.product_tmpl_ids._pm_reject(self.reason)
        return {"type": "ir.actions.act_window_close"}
