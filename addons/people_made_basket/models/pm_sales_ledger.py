# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.tools import SQL, frozendict

# A basket share's row id: minus this plus the share's id, below the Point of
# Sale's rows (minus their till line's id) and the invoices' (positive)
SHARE_ID_OFFSET = 1_000_000_000


class PmSalesLedger(models.Model):
    """An invoiced gift basket in the ledger: one row per item, to its maker,
    with the item's share of the basket's price (``pm.basket.share``), and one
    row to the hub for its assembly fee (no sale: its net is zero, its payout
    agreed). The basket's own invoice line is counted through these rows
    only, never as a sale of its own."""

    _inherit = "pm.sales.ledger"
    _depends = frozendict(
        {
            "pm.basket.share": [
                "move_line_id",
                "basket_id",
                "product_id",
                "member_id",
                "quantity",
                "gross_amount",
                "net_amount",
                "is_fee",
                "agreed_payout",
                "reversed_share_id",
            ],
        }
    )

    source = fields.Selection(selection_add=[("basket", "Gift Basket")])
    basket_id = fields.Many2one("product.product", readonly=True)
    basket_share_id = fields.Many2one("pm.basket.share", readonly=True)

    @api.model
    def _pm_ledger_sources(self):
        return [*super()._pm_ledger_sources(), self._pm_basket_source()]

    @api.model
    def _pm_invoice_source(self):
        columns, from_where = super()._pm_invoice_source()
        # a basket's line is sold through its shares (the source below)
        from_where = SQL(
            "%s AND NOT EXISTS (SELECT 1 FROM pm_basket_share pm_share"
            " WHERE pm_share.move_line_id = aml.id)",
            from_where,
        )
        return columns, from_where

    @api.model
    def _pm_basket_source(self):
        columns = {
            "id": SQL("-(%s + share.id)", SHARE_ID_OFFSET),
            "source": SQL("'basket'"),
            "company_id": SQL("am.company_id"),
            "currency_id": SQL("company.currency_id"),
            "date": SQL("am.invoice_date"),
            "member_id": SQL("share.member_id"),
            "product_id": SQL("share.product_id"),
            "product_tmpl_id": SQL("pp.product_tmpl_id"),
            "categ_id": SQL("pt.categ_id"),
            "team_id": SQL("am.team_id"),
            "quantity": SQL("share.quantity"),
            "gross_amount": SQL("share.gross_amount"),
            "discount_amount": SQL("share.gross_amount - share.net_amount"),
            "net_amount": SQL("share.net_amount"),
            "agreed_payout": SQL("CASE WHEN share.is_fee THEN share.agreed_payout END"),
            "is_return": SQL("am.move_type = 'out_refund'"),
            "reversed_id": SQL(
                "CASE WHEN origin.id IS NOT NULL THEN -(%s + origin_share.id) END",
                SHARE_ID_OFFSET,
            ),
            "reversed_date": SQL("origin.invoice_date"),
            "reversed_team_id": SQL("origin.team_id"),
            "move_id": SQL("am.id"),
            "move_line_id": SQL("aml.id"),
            "document": SQL("am.name"),
            "basket_id": SQL("share.basket_id"),
            "basket_share_id": SQL("share.id"),
        }
        from_where = SQL(
            """
            FROM pm_basket_share share
            JOIN account_move_line aml ON aml.id = share.move_line_id
            JOIN account_move am ON am.id = aml.move_id
            JOIN res_company company ON company.id = am.company_id
            JOIN product_product pp ON pp.id = share.product_id
            JOIN product_template pt ON pt.id = pp.product_tmpl_id
            LEFT JOIN pm_basket_share origin_share
              ON origin_share.id = share.reversed_share_id
            LEFT JOIN account_move_line origin_line
              ON origin_line.id = origin_share.move_line_id
            LEFT JOIN account_move origin
              ON origin.id = origin_line.move_id AND origin.state = 'posted'
            WHERE am.state = 'posted'
              AND am.move_type IN ('out_invoice', 'out_refund')
            """
        )
        return columns, from_where
