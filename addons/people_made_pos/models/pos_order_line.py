# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models


class PosOrderLine(models.Model):
    _inherit = "pos.order.line"

    # stored: reports and settlements group by the maker as it was when sold
    pm_member_id = fields.Many2one(
        "res.partner",
        string="Maker",
        compute="_compute_pm_member_id",
        store=True,
        index="btree_not_null",
    )

    pm_gross_amount = fields.Float(
        string="Price before Discount",
        compute="_compute_pm_gross_amount",
        store=True,
        help="Unit price times quantity, tax excluded, in the company "
        "currency, before any discount (negative for a refund).",
    )

    # the sales ledger's id of a till line is minus the line's id: this
    # index lets the ledger find a line by it
    _pm_ledger_id = models.Index("((-id))")

    @api.depends("product_id", "refunded_orderline_id")
    def _compute_pm_member_id(self):
        for line in self:
            # a refund belongs to the maker of the sale it reverses
            line.pm_member_id = (
                line.refunded_orderline_id.pm_member_id
                or line.product_id.product_tmpl_id.pm_member_id
            )

    @api.depends("product_id", "price_unit", "qty", "tax_ids", "order_id.currency_rate")
    def _compute_pm_gross_amount(self):
        for line in self:
            if not line.product_id:
                line.pm_gross_amount = 0.0
                continue
            order = line.order_id
            # the same tax computation as the line's subtotal, undiscounted
            taxes = order.fiscal_position_id.map_tax(line.tax_ids).compute_all(
                line.price_unit,
                order.currency_id,
                line.qty,
                product=line.product_id,
                partner=order.partner_id,
            )
            gross = abs(taxes["total_excluded"]) / (order.currency_rate or 1.0)
            sign = -1 if line.qty * line.price_unit < 0 else 1
            line.pm_gross_amount = sign * order.company_id.currency_id.round(gross)
