# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.tools import SQL, frozendict


class PmInsightsSale(models.Model):
    """The sales ledger with what the dashboard and the impact report group
    it by: the channel's kind, the maker's kind, the circular flag, and what
    the confirmed settlements made of each sale (commission and payout).

    One row per row of the ledger (same id): the ledger stays the one
    definition of a sale, this model only joins it."""

    _name = "pm.insights.sale"
    _description = "Sales Insights"
    _auto = False
    _order = "date desc, id desc"
    _rec_name = "product_tmpl_id"
    # the ledger's own sources are followed from it
    _depends = frozendict(
        {
            "pm.sales.ledger": [],
            "res.partner": ["pm_kind"],
            "crm.team": ["pm_channel_kind"],
            "product.template": ["pm_is_circular"],
            "pm.settlement": ["state"],
            "pm.settlement.line": [
                "settlement_id",
                "ledger_id",
                "commission",
                "payout",
                "cancelled",
            ],
        }
    )

    ledger_id = fields.Many2one("pm.sales.ledger", string="Sale", readonly=True)
    company_id = fields.Many2one("res.company", readonly=True)
    currency_id = fields.Many2one("res.currency", readonly=True)
    date = fields.Date(readonly=True)
    member_id = fields.Many2one("res.partner", string="Maker", readonly=True)
    member_kind = fields.Selection(
        selection=lambda self: self.env["res.partner"]._fields["pm_kind"].selection,
        string="Kind of Maker",
        readonly=True,
    )
    product_tmpl_id = fields.Many2one(
        "product.template", string="Product", readonly=True
    )
    categ_id = fields.Many2one(
        "product.category", string="Product Category", readonly=True
    )
    team_id = fields.Many2one("crm.team", string="Sales Channel", readonly=True)
    channel_kind = fields.Selection(
        selection=lambda self: (
            self.env["crm.team"]._fields["pm_channel_kind"].selection
        ),
        string="Kind of Channel",
        readonly=True,
    )
    is_circular = fields.Boolean(
        string="Circular",
        readonly=True,
        help="The product carries the circular label (as it does today).",
    )
    quantity = fields.Float(string="Units Sold", readonly=True, digits="Product Unit")
    net_amount = fields.Monetary(string="Turnover", readonly=True)
    circular_amount = fields.Monetary(
        string="Circular Turnover",
        readonly=True,
        help="The turnover of products that carry the circular label.",
    )
    commission = fields.Monetary(
        readonly=True, help="People Made's commission, once the sale is settled."
    )
    payout = fields.Monetary(
        string="Paid out to Members",
        readonly=True,
        help="What the maker is paid for the sale, once its settlement is confirmed.",
    )

    @property
    def _table_query(self):
        return SQL(
            """
            SELECT
                sale.id,
                sale.id AS ledger_id,
                sale.company_id,
                sale.currency_id,
                sale.date,
                sale.member_id,
                maker.pm_kind AS member_kind,
                sale.product_tmpl_id,
                sale.categ_id,
                sale.team_id,
                team.pm_channel_kind AS channel_kind,
                COALESCE(pt.pm_is_circular, FALSE) AS is_circular,
                sale.quantity,
                sale.net_amount,
                CASE WHEN pt.pm_is_circular THEN sale.net_amount ELSE 0 END
                    AS circular_amount,
                settled.commission,
                settled.payout
            FROM %(ledger)s sale
            JOIN product_template pt ON pt.id = sale.product_tmpl_id
            LEFT JOIN res_partner maker ON maker.id = sale.member_id
            LEFT JOIN crm_team team ON team.id = sale.team_id
            -- a sale is in one settlement at most that is not cancelled
            -- (a unique index says so); a draft one pays nothing yet
            LEFT JOIN (
                SELECT line.ledger_id, line.commission, line.payout
                FROM pm_settlement_line line
                JOIN pm_settlement settlement
                  ON settlement.id = line.settlement_id
                WHERE settlement.state = 'confirmed'
                  AND line.cancelled IS NOT TRUE
            ) settled ON settled.ledger_id = sale.id
            """,
            ledger=SQL.identifier(self.env["pm.sales.ledger"]._table),
        )

    @api.model
    def _pm_totals(self, domain, groupby=()):
        """Turnover, circular turnover, commission, payout and units summed
        by ``groupby`` (field names): a list of dicts."""
        aggregates = [
            "net_amount:sum",
            "circular_amount:sum",
            "commission:sum",
            "payout:sum",
            "quantity:sum",
        ]
        keys = [*groupby, *(aggregate.split(":")[0] for aggregate in aggregates)]
        return [
            dict(zip(keys, row, strict=True))
            for row in self._read_group(domain, list(groupby), aggregates)
        ]
