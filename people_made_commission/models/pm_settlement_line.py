# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models

from .pm_commission_rule import DISCOUNT_BEARERS


class PmSettlementLine(models.Model):
    """One sold line in a member's settlement, with the rule applied to it.

    Written in bulk by the settlement run (SQL), read by statements."""

    _name = "pm.settlement.line"
    _description = "Settled Sold Line"
    _order = "date, id"
    # written once by the run, never edited: who and when are the
    # settlement's (and each column with a foreign key costs a check per
    # line in the run)
    _log_access = False

    settlement_id = fields.Many2one(
        "pm.settlement", required=True, index=True, ondelete="cascade"
    )
    # what the settlement or the ledger knows is not stored again: each
    # stored reference costs a foreign-key check per line in the run
    member_id = fields.Many2one(related="settlement_id.member_id")
    company_id = fields.Many2one(related="settlement_id.company_id")
    currency_id = fields.Many2one(related="settlement_id.currency_id")
    # no index of its own: the unique index below serves every lookup
    ledger_id = fields.Many2one("pm.sales.ledger", string="Sale", readonly=True)
    move_line_id = fields.Many2one(
        related="ledger_id.move_line_id", string="Invoice Line"
    )
    move_id = fields.Many2one(related="move_line_id.move_id", string="Source Document")
    date = fields.Date(required=True)
    # read through the ledger, not stored: two foreign-key checks per line
    # were half of the run's time on 100,000 lines (the settlement's totals
    # per product and channel are stored, see pm.settlement.total)
    product_id = fields.Many2one(related="ledger_id.product_id")
    team_id = fields.Many2one(related="ledger_id.team_id", string="Sales Channel")
    quantity = fields.Float(digits="Product Unit")
    net_amount = fields.Monetary(string="Net Sale")
    rule_id = fields.Many2one("pm.commission.rule")
    rate = fields.Float(string="Commission (%)", digits=(5, 2))
    fixed_fee = fields.Monetary(string="Fixed Fee per Item")
    discount_bearer = fields.Selection(DISCOUNT_BEARERS, string="Discount Borne by")
    commission = fields.Monetary()
    payout = fields.Monetary()
    origin_missing = fields.Boolean(
        string="Returned Sale Not Found",
        help="A return whose sale could not be found: it was settled on the "
        "rule of its own date, not on the terms of the sale.",
    )
    cancelled = fields.Boolean(
        help="Its settlement was cancelled: the sold line is free to be settled again."
    )

    # the database itself refuses to settle a sold line twice
    _unique_ledger = models.UniqueIndex(
        "(ledger_id) WHERE cancelled IS NOT TRUE",
        "A sold line is settled only once.",
    )
    _check_sum = models.Constraint(
        "CHECK(payout + commission = net_amount)",
        "Payout plus commission is the net sale.",
    )
