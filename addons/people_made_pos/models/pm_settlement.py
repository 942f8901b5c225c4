# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, models
from odoo.tools import SQL

# The Point of Sale's lines a settlement run settles, in the columns of
# people_made_commission's INVOICE_LINES_SQL.
#
# Only closed sessions: their orders are final and in the session's journal
# entry. An invoiced order's lines come through its invoice already: left out.
# The date is the order's day in Brussels; amounts are tax excluded, in the
# company currency; a refund's quantities and amounts are negative.
POS_LINES_SQL = """
    SELECT
        pol.id AS source_id,
        po.company_id,
        (po.date_order AT TIME ZONE 'UTC' AT TIME ZONE %(tz)s)::date AS date,
        COALESCE(po.crm_team_id, pc.crm_team_id) AS team_id,
        pol.product_id,
        pt.pm_member_id AS member_id,
        pt.categ_id,
        pol.qty AS quantity,
        ROUND(signed.subtotal / COALESCE(NULLIF(po.currency_rate, 0), 1),
              %(digits)s) AS net_amount,
        -- the price before its discount, in the company currency
        CASE WHEN COALESCE(pol.discount, 0) < 100
            THEN signed.subtotal * 100 / (100 - COALESCE(pol.discount, 0))
            ELSE signed.subtotal END
            / COALESCE(NULLIF(po.currency_rate, 0), 1) AS gross_amount
    FROM pos_order_line pol
    -- the till stores a refund line's subtotal as a positive amount, the
    -- backend as a negative one; Odoo's accounting signs it by quantity
    -- times price, and so does the settlement
    CROSS JOIN LATERAL (
        SELECT SIGN(pol.qty * pol.price_unit) * ABS(pol.price_subtotal) AS subtotal
    ) signed
    JOIN pos_order po ON po.id = pol.order_id
    JOIN pos_session ps ON ps.id = po.session_id
    JOIN pos_config pc ON pc.id = ps.config_id
    JOIN product_product pp ON pp.id = pol.product_id
    JOIN product_template pt ON pt.id = pp.product_tmpl_id
    WHERE ps.state = 'closed'
      AND po.state IN ('paid', 'done')
      AND po.account_move IS NULL
      AND po.company_id = %(company_id)s
      AND (po.date_order AT TIME ZONE 'UTC' AT TIME ZONE %(tz)s)::date
          <= %(date_to)s
      AND pt.pm_member_id IS NOT NULL
      AND NOT EXISTS (
          SELECT 1 FROM pm_settlement_line sl
          WHERE sl.pos_order_line_id = pol.id AND sl.cancelled IS NOT TRUE
      )
"""

# the shops are in Belgium: a sale at 00:30 belongs to that day
SHOP_TZ = "Europe/Brussels"


class PmSettlement(models.Model):
    _inherit = "pm.settlement"

    @api.model
    def _pm_sold_sources(self, params):
        sources = super()._pm_sold_sources(params)
        sources["pos_order_line_id"] = SQL(
            POS_LINES_SQL,
            company_id=params["company_id"],
            date_to=params["date_to"],
            digits=params["digits"],
            tz=SHOP_TZ,
        )
        return sources
