# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.tools import SQL, float_round, frozendict

# People Made's operating costs in the Belgian chart of accounts (PCMN):
# services and other goods (61), wages and social charges (62), depreciation
# and provisions (63), other operating charges (64). Class 60 is left out:
# under the commissionaire model the self-billed bills (the members' payouts)
# are booked there, and they are no cost of running the network.
OPERATING_COST_PREFIXES = ("61", "62", "63", "64")


class PmInsightsFunding(models.Model):
    """What People Made earns from the network and what running it costs.

    Income: membership fees as invoiced (posted invoices and credit notes of
    membership products, on their invoice date) and the commission of
    confirmed settlements (on the day of each settled sale). Costs: posted
    journal items on operating cost accounts (see OPERATING_COST_PREFIXES),
    on their accounting date."""

    _name = "pm.insights.funding"
    _description = "Self-funding"
    _auto = False
    _order = "date desc"
    _depends = frozendict(
        {
            "account.move.line": [
                "move_id",
                "product_id",
                "balance",
                "account_id",
                "date",
                "display_type",
                "partner_id",
            ],
            "account.move": ["state", "move_type", "invoice_date", "company_id"],
            "product.template": ["membership"],
            "pm.settlement": ["state", "company_id", "member_id"],
            "pm.settlement.line": ["date", "commission", "cancelled"],
            "account.account": ["code", "account_type"],
        }
    )

    kind = fields.Selection(
        [
            ("fee", "Membership Fees"),
            ("commission", "Commission"),
            ("cost", "Operating Costs"),
        ],
        readonly=True,
    )
    date = fields.Date(readonly=True)
    company_id = fields.Many2one("res.company", readonly=True)
    currency_id = fields.Many2one("res.currency", readonly=True)
    member_id = fields.Many2one("res.partner", readonly=True)
    account_id = fields.Many2one("account.account", readonly=True)
    amount = fields.Monetary(readonly=True)
    income = fields.Monetary(readonly=True, help="Membership fees and commission.")
    cost = fields.Monetary(string="Operating Costs", readonly=True)

    @property
    def _table_query(self):
        prefixes = SQL(
            " OR ".join(["code.code LIKE %s"] * len(OPERATING_COST_PREFIXES)),
            *[f"{prefix}%" for prefix in OPERATING_COST_PREFIXES],
        )
        return SQL(
            """
            SELECT ROW_NUMBER() OVER (ORDER BY kind, date, source_id) AS id, *,
                   CASE WHEN kind = 'cost' THEN 0 ELSE amount END AS income,
                   CASE WHEN kind = 'cost' THEN amount ELSE 0 END AS cost
            FROM (
                SELECT 'fee' AS kind, aml.id AS source_id, am.invoice_date AS date,
                       am.company_id, company.currency_id,
                       aml.partner_id AS member_id, aml.account_id,
                       -aml.balance AS amount
                FROM account_move_line aml
                JOIN account_move am ON am.id = aml.move_id
                JOIN res_company company ON company.id = am.company_id
                JOIN product_product pp ON pp.id = aml.product_id
                JOIN product_template pt ON pt.id = pp.product_tmpl_id
                WHERE am.state = 'posted'
                  AND am.move_type IN ('out_invoice', 'out_refund')
                  AND aml.display_type = 'product'
                  AND pt.membership
                UNION ALL
                SELECT 'commission', line.id, line.date, settlement.company_id,
                       company.currency_id, settlement.member_id, NULL,
                       line.commission
                FROM pm_settlement_line line
                JOIN pm_settlement settlement ON settlement.id = line.settlement_id
                JOIN res_company company ON company.id = settlement.company_id
                WHERE settlement.state = 'confirmed'
                  AND line.cancelled IS NOT TRUE
                UNION ALL
                SELECT 'cost', aml.id, aml.date, aml.company_id,
                       company.currency_id, NULL, aml.account_id, aml.balance
                FROM account_move_line aml
                JOIN account_move am ON am.id = aml.move_id
                JOIN res_company company ON company.id = aml.company_id
                JOIN account_account account ON account.id = aml.account_id
                -- the account's code in the line's company
                CROSS JOIN LATERAL (
                    SELECT account.code_store->>(aml.company_id::text) AS code
                ) code
                WHERE am.state = 'posted'
                  AND account.account_type IN (
                      'expense', 'expense_depreciation', 'expense_other'
                  )
                  AND (%(prefixes)s)
            ) funding
            """,
            prefixes=prefixes,
        )

    @api.model
    def _pm_self_funding(self, date_from, date_to, company=None):
        """Fees, commission and operating costs of a period (days, both
        included) and the ratio of income to costs (None without costs)."""
        company = company or self.env.company
        totals = dict(
            self._read_group(
                [
                    ("company_id", "=", company.id),
                    ("date", ">=", date_from),
                    ("date", "<=", date_to),
                ],
                ["kind"],
                ["amount:sum"],
            )
        )
        fees = totals.get("fee", 0.0)
        commission = totals.get("commission", 0.0)
        costs = totals.get("cost", 0.0)
        income = fees + commission
        return {
            "fees": fees,
            "commission": commission,
            "income": income,
            "costs": costs,
            "ratio": float_round(income / costs, 4) if costs else None,
        }
