# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class PmSettlementLine(models.Model):
    _inherit = "pm.settlement.line"

    pos_order_line_id = fields.Many2one(
        related="ledger_id.pos_order_line_id", string="Point of Sale Line"
    )
    pos_order_id = fields.Many2one(
        related="pos_order_line_id.order_id", string="Point of Sale Order"
    )
