# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models


class AccountMoveLine(models.Model):
    _inherit = "account.move.line"

    # stored and computed from the product only: the maker when the line was
    # made stays the line's maker when the product changes hands later
    pm_member_id = fields.Many2one(
        "res.partner",
        string="Maker",
        compute="_compute_pm_member_id",
        store=True,
        index="btree_not_null",
    )
    pm_reversed_line_id = fields.Many2one(
        "account.move.line",
        string="Returned Sale Line",
        compute="_compute_pm_reversed_line_id",
        store=True,
        index="btree_not_null",
        help="On a credit note, the invoice line of the sale it reverses.",
    )
    pm_gross_amount = fields.Monetary(
        string="Price before Discount",
        compute="_compute_pm_gross_amount",
        store=True,
        currency_field="company_currency_id",
        help="The line's unit price times its quantity, tax excluded, in the "
        "company currency, before any discount: what the sales ledger and the "
        "settlement take when People Made bears a discount.",
    )

    @api.depends("product_id", "pm_reversed_line_id")
    def _compute_pm_member_id(self):
        for line in self:
            # a credit note belongs to the maker of the sale it reverses,
            # even if the product changed hands in between
            line.pm_member_id = (
                line.pm_reversed_line_id.pm_member_id or line.product_id.pm_member_id
            )

    @api.depends(
        "product_id",
        "quantity",
        "price_unit",
        "discount",
        "move_id.move_type",
        "move_id.reversed_entry_id",
        "sale_line_ids",
    )
    def _compute_pm_reversed_line_id(self):
        for line in self:
            move = line.move_id
            if move.move_type != "out_refund" or not line.product_id:
                line.pm_reversed_line_id = False
                continue
            # the same product on the invoice the credit note reverses, or on
            # an invoice of the same order line (a return from the order)
            sold = move.reversed_entry_id.invoice_line_ids or (
                line.sale_line_ids.invoice_lines.filtered(
                    lambda sold: (
                        sold.move_id.move_type == "out_invoice"
                        and sold.move_id.state == "posted"
                    )
                )
            )
            sold = sold.filtered(
                lambda sold, line=line: sold.product_id == line.product_id
            ).sorted("id")
            # a reversal copies the line: prefer the one it copied
            same = sold.filtered(
                lambda sold, line=line: (
                    (sold.quantity, sold.price_unit, sold.discount)
                    == (line.quantity, line.price_unit, line.discount)
                )
            )
            line.pm_reversed_line_id = (same or sold)[:1]

    @api.depends(
        "product_id",
        "quantity",
        "price_unit",
        "tax_ids",
        "currency_id",
        "currency_rate",
        "move_id.move_type",
    )
    def _compute_pm_gross_amount(self):
        AccountTax = self.env["account.tax"]
        for line in self:
            move = line.move_id
            if (
                not line.product_id
                or line.display_type != "product"
                or move.move_type not in ("out_invoice", "out_refund")
            ):
                line.pm_gross_amount = 0.0
                continue
            company = line.company_id or self.env.company
            # Odoo's own tax computation of the line, without its discount,
            # so that a price-included tax is taken out exactly as on the line
            base_line = move._prepare_product_base_line_for_taxes_computation(line)
            base_line["discount"] = 0.0
            AccountTax._add_tax_details_in_base_line(base_line, company)
            AccountTax._round_base_lines_tax_details([base_line], company)
            gross = base_line["tax_details"]["total_excluded_currency"]
            sign = -1 if move.move_type == "out_refund" else 1
            line.pm_gross_amount = sign * company.currency_id.round(
                gross / (line.currency_rate or 1.0)
            )
