# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models, tools
from odoo.tools import SQL


class PmPosDisplayReport(models.Model):
    """Sales of each shop-in-the-shop display per month, with what its host
    retailer is due: a share of the sales or the monthly rent."""

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

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        # one row per display and month; orders are in the config's
        # currency, sales in the company's; the month is the company's, in
        # its time zone (its contact's, see res.company._pm_tz)
        self.env.cr.execute(
            SQL(
                """
            CREATE OR REPLACE VIEW %s AS (
                SELECT
                    MIN(po.id) AS id,
                    pc.id AS config_id,
                    pc.pm_host_partner_id AS host_partner_id,
                    po.company_id,
                    rc.currency_id,
                    date_trunc('month', po.date_order AT TIME ZONE 'UTC'
                        AT TIME ZONE COALESCE(NULLIF(rcp.tz, ''), 'UTC'))::date
                        AS month,
                    pc.pm_compensation_type AS compensation_type,
                    COUNT(po.id) AS order_count,
                    ROUND(SUM((po.amount_total - po.amount_tax)
                        / COALESCE(NULLIF(po.currency_rate, 0), 1)), 2) AS sales,
                    CASE pc.pm_compensation_type
                        WHEN 'percent' THEN ROUND(SUM((po.amount_total - po.amount_tax)
                            / COALESCE(NULLIF(po.currency_rate, 0), 1))
                            * COALESCE(pc.pm_compensation_rate, 0) / 100, 2)
                        WHEN 'rent' THEN COALESCE(pc.pm_compensation_rent, 0)
                        ELSE 0
                    END AS compensation
                FROM pos_order po
                JOIN pos_session ps ON ps.id = po.session_id
                JOIN pos_config pc ON pc.id = ps.config_id
                JOIN res_company rc ON rc.id = po.company_id
                JOIN res_partner rcp ON rcp.id = rc.partner_id
                WHERE pc.pm_host_partner_id IS NOT NULL
                  AND po.state IN ('paid', 'done')
                GROUP BY pc.id, po.company_id, rc.currency_id, rcp.tz,
                    date_trunc('month', po.date_order AT TIME ZONE 'UTC'
                        AT TIME ZONE COALESCE(NULLIF(rcp.tz, ''), 'UTC'))
            )
            """,
                SQL.identifier(self._table),
            )
        )
