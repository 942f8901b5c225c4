# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models, tools
from odoo.tools import SQL, frozendict


class PmPosDisplayReport(models.Model):
    """Sales of each shop-in-the-shop display per month, from the sales
    ledger, with what its host retailer is due: a share of the sales or the
    monthly rent."""

    _name = "pm.pos.display.report"
    _description = "Shop-in-the-shop Display Sales"
    _auto = False
    _order = "month desc, config_id"

    config_id = fields.Many2one("pos.config", string="Display", readonly=True)
    host_partner_id = fields.Many2one("res.partner", string="Host", readonly=True)
    company_id = fields.Many2one("res.company", readonly=True)
    currency_id = fields.Many2one("res.currency", readonly=True)
    month = fields.Date(readonly=True)
    compensation_type = fields.Selection(
        [("percent", "Percentage of sales"), ("rent", "Monthly rent")],
        readonly=True,
    )
    order_count = fields.Integer(string="Orders", readonly=True)
    sales = fields.Monetary(string="Sales (tax excl.)", readonly=True)
    compensation = fields.Monetary(string="Compensation Due", readonly=True)

    # what the query reads, the ledger's own sources followed from it
    _depends = frozendict(
        {
            "pm.sales.ledger": [],
            "pos.config": [
                "pm_host_partner_id",
                "pm_compensation_type",
                "pm_compensation_rate",
                "pm_compensation_rent",
            ],
        }
    )

    def init(self):
        # this report was a database view: it reads the sales ledger now
        tools.drop_view_if_exists(self.env.cr, self._table)

    @property
    def _table_query(self):
        # one row per display and month of the sales ledger (closed
        # sessions; the month is the company's, as the ledger's days are);
        # sales tax excluded in the company's currency
        return SQL(
            """
            SELECT
                MIN(sale.pos_order_id) AS id,
                pc.id AS config_id,
                pc.pm_host_partner_id AS host_partner_id,
                sale.company_id,
                sale.currency_id,
                date_trunc('month', sale.date)::date AS month,
                pc.pm_compensation_type AS compensation_type,
                COUNT(DISTINCT sale.pos_order_id) AS order_count,
                SUM(sale.net_amount) AS sales,
                CASE pc.pm_compensation_type
                    WHEN 'percent' THEN ROUND(SUM(sale.net_amount)
                        * COALESCE(pc.pm_compensation_rate, 0) / 100, 2)
                    WHEN 'rent' THEN COALESCE(pc.pm_compensation_rent, 0)
                    ELSE 0
                END AS compensation
            FROM (%s) sale
            JOIN pos_config pc ON pc.id = sale.pos_config_id
            WHERE pc.pm_host_partner_id IS NOT NULL
            GROUP BY pc.id, sale.company_id, sale.currency_id,
                date_trunc('month', sale.date)
            """,
            self.env["pm.sales.ledger"]._pm_ledger_query(),
        )
