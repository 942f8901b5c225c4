# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import UserError


class AccountMove(models.Model):
    _inherit = "account.move"

    pm_acceptance = fields.Selection(
        [
            ("pending", "Awaiting the member's acceptance"),
            ("accepted", "Accepted by the member"),
            ("tacit", "Accepted tacitly"),
        ],
        string="Member's Acceptance",
        readonly=True,
        copy=False,
        tracking=True,
        help="A self-billed document is the member's: the member accepts it "
        "on the portal, or tacitly when it raised no objection within the "
        "days its self-billing agreement allows (Belgian VAT code, art. 53, "
        "§2).",
    )
    pm_accepted_on = fields.Date(string="Accepted On", readonly=True, copy=False)

    def _pm_agent_principals(self):
        """The members in whose name and for whose account People Made sold
        the products of this customer invoice (agent model); none otherwise."""
        self.ensure_one()
        if not (
            self.is_sale_document(include_receipts=True)
            and self.company_id.pm_legal_model == "agent"
        ):
            return self.env["res.partner"]
        return self.invoice_line_ids.pm_member_id

    def _pm_amount_reconciled_with_reversal(self):
        """What of this document is settled by the document it reverses or
        that reverses it (not by a payment), in its currency."""
        self.ensure_one()
        counterparts = self.reversed_entry_id | self.reversal_move_ids
        # a settlement's document and the credit note reversing it only
        if not counterparts or not self.env["pm.settlement"].sudo().search_count(
            ["|", ("move_id", "=", self.id), ("reversal_move_id", "=", self.id)],
            limit=1,
        ):
            return 0.0
        lines = self.line_ids.filtered(
            lambda line: line.account_type in ("asset_receivable", "liability_payable")
        )
        amount = sum(
            partial.debit_amount_currency
            for partial in lines.matched_credit_ids
            if partial.credit_move_id.move_id in counterparts
        ) + sum(
            partial.credit_amount_currency
            for partial in lines.matched_debit_ids
            if partial.debit_move_id.move_id in counterparts
        )
        return self.currency_id.round(amount)

    def action_pm_accept(self):
        """The member accepts its self-billed documents (portal)."""
        pending = self.filtered(lambda move: move.pm_acceptance == "pending")
        if pending != self:
            raise UserError(
                self.env._(
                    "Only a self-billed document awaiting acceptance is accepted."
                )
            )
        today = fields.Date.context_today(self)
        for move in pending:
            move.sudo().write({"pm_acceptance": "accepted", "pm_accepted_on": today})
        return True

    @api.model
    def _cron_pm_tacit_acceptance(self):
        """Accept tacitly the self-billed documents a member did not object
        to within its company's term."""
        for company in self.env["res.company"].search([]):
            today = company._pm_today()
            limit = today - timedelta(days=company.pm_self_billing_acceptance_days)
            moves = self.search(
                [
                    ("company_id", "=", company.id),
                    ("pm_acceptance", "=", "pending"),
                    ("state", "=", "posted"),
                    ("invoice_date", "<=", limit),
                ]
            )
            moves.write({"pm_acceptance": "tacit", "pm_accepted_on": today})

    def button_draft(self):
        # a settled sale changed afterwards would no longer match what the
        # member was paid: its settlement is cancelled first
        sales = self.env["pm.sales.ledger"].sudo().search([("move_id", "in", self.ids)])
        settled = (
            self.env["pm.settlement.line"]
            .sudo()
            .search(
                [("ledger_id", "in", sales.ids), ("cancelled", "=", False)],
                limit=1,
            )
        )
        if settled:
            raise UserError(
                self.env._(
                    "%(invoice)s is settled with a member in %(settlement)s: "
                    "cancel that settlement before changing the invoice.",
                    invoice=settled.move_line_id.move_id.display_name,
                    settlement=settled.settlement_id.display_name,
                )
            )
        return super().button_draft()
