# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.tools import SQL, frozendict


class PmSalesLedger(models.Model):
    """The Point of Sale's sales in the ledger.

    Orders of closed sessions only: their orders are final. An invoiced
    order's lines come through its invoice: left out here. A row's id is
    minus its till line's id. The day is the order's day in the company's
    time zone; amounts are tax excluded, in the company currency; a refund's
    quantities and amounts are negative."""

    _inherit = "pm.sales.ledger"
    _depends = frozendict(
        {
            "pos.order.line": [
                "order_id",
                "product_id",
                "pm_member_id",
                "pm_gross_amount",
                "qty",
                "price_unit",
                "price_subtotal",
                "refunded_orderline_id",
            ],
            "pos.order": [
                "name",
                "session_id",
                "state",
                "account_move",
                "company_id",
                "date_order",
                "crm_team_id",
                "currency_rate",
            ],
            "pos.session": ["state", "config_id"],
            "pos.config": ["crm_team_id"],
            "res.company": ["partner_id"],
            "res.partner": ["tz"],
        }
    )

    source = fields.Selection(selection_add=[("pos", "Point of Sale")])
    pos_order_id = fields.Many2one(
        "pos.order", string="Point of Sale Order", readonly=True
    )
    pos_order_line_id = fields.Many2one(
        "pos.order.line", string="Point of Sale Line", readonly=True
    )
    pos_config_id = fields.Many2one("pos.config", string="Point of Sale", readonly=True)

    @api.model
    def _pm_ledger_sources(self):
        return [*super()._pm_ledger_sources(), self._pm_pos_source()]

    @api.model
    def _pm_pos_source(self):
        # the till stores a refund line's subtotal as a positive amount, the
        # backend as a negative one; Odoo's accounting signs it by quantity
        # times price, and so does the ledger
        net = SQL(
            "ROUND((SIGN(pol.qty * pol.price_unit) * ABS(pol.price_subtotal)"
            " / COALESCE(NULLIF(po.currency_rate, 0), 1))::numeric,"
            " currency.decimal_places)"
        )
        columns = {
            "id": SQL("-pol.id"),
            "source": SQL("'pos'"),
            "company_id": SQL("po.company_id"),
            "currency_id": SQL("company.currency_id"),
            "date": SQL(
                "(po.date_order AT TIME ZONE 'UTC' AT TIME ZONE tz.name)::date"
            ),
            "member_id": SQL("pol.pm_member_id"),
            "product_id": SQL("pol.product_id"),
            "product_tmpl_id": SQL("pp.product_tmpl_id"),
            "categ_id": SQL("pt.categ_id"),
            "team_id": SQL("COALESCE(po.crm_team_id, pc.crm_team_id)"),
            "quantity": SQL("pol.qty"),
            "gross_amount": SQL("pol.pm_gross_amount"),
            "discount_amount": SQL("pol.pm_gross_amount - %s", net),
            "net_amount": net,
            "is_return": SQL("pol.qty < 0"),
            "reversed_id": SQL("-origin.id"),
            "reversed_date": SQL(
                "(origin_order.date_order AT TIME ZONE 'UTC'"
                " AT TIME ZONE tz.name)::date"
            ),
            "reversed_team_id": SQL(
                "COALESCE(origin_order.crm_team_id, origin_config.crm_team_id)"
            ),
            "document": SQL("po.name"),
            "pos_order_id": SQL("po.id"),
            "pos_order_line_id": SQL("pol.id"),
            "pos_config_id": SQL("pc.id"),
        }
        from_where = SQL(
            """
            FROM pos_order_line pol
            JOIN pos_order po ON po.id = pol.order_id
            JOIN pos_session ps ON ps.id = po.session_id
            JOIN pos_config pc ON pc.id = ps.config_id
            JOIN res_company company ON company.id = po.company_id
            JOIN res_partner company_partner
              ON company_partner.id = company.partner_id
            JOIN res_currency currency ON currency.id = company.currency_id
            CROSS JOIN LATERAL (
                SELECT COALESCE(NULLIF(company_partner.tz, ''), 'UTC') AS name
            ) tz
            JOIN product_product pp ON pp.id = pol.product_id
            JOIN product_template pt ON pt.id = pp.product_tmpl_id
            LEFT JOIN pos_order_line origin ON origin.id = pol.refunded_orderline_id
            LEFT JOIN pos_order origin_order ON origin_order.id = origin.order_id
            LEFT JOIN pos_session origin_session
              ON origin_session.id = origin_order.session_id
            LEFT JOIN pos_config origin_config
              ON origin_config.id = origin_session.config_id
            WHERE ps.state = 'closed'
              AND po.state IN ('paid', 'done')
              AND po.account_move IS NULL
              AND (pol.pm_member_id IS NOT NULL OR pt.type = 'consu')
            """
        )
        return columns, from_where
