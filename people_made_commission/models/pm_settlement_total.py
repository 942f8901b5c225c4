# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class PmSettlementTotal(models.Model):
    """A settlement's totals per product and sales channel.

    Written by the run with the settled lines (SQL), read by the bill, the
    statements and the pivot: they group a few rows here instead of
    reading every settled line back through the sales ledger (a settled line
    keeps no product or channel of its own, see pm.settlement.line)."""

    _name = "pm.settlement.total"
    _description = "Settlement Totals per Product and Channel"
    _order = "settlement_id, product_id, team_id"
    _log_access = False

    settlement_id = fields.Many2one(
        "pm.settlement", required=True, index=True, ondelete="cascade"
    )
    member_id = fields.Many2one(related="settlement_id.member_id")
    company_id = fields.Many2one(related="settlement_id.company_id")
    currency_id = fields.Many2one(related="settlement_id.currency_id")
    product_id = fields.Many2one("product.product", readonly=True)
    team_id = fields.Many2one("crm.team", string="Sales Channel", readonly=True)
    quantity = fields.Float(digits="Product Unit", readonly=True)
    net_amount = fields.Monetary(string="Net Sales", readonly=True)
    commission = fields.Monetary(readonly=True)
    payout = fields.Monetary(readonly=True)
