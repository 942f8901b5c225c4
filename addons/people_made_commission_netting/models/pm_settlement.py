# Copyright 2026 People Made
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl-3.0).
from odoo import models
from odoo.exceptions import UserError


class PmSettlement(models.Model):
    _inherit = "pm.settlement"

    def action_pm_pay_out(self):
        """Agent model: pay each member what People Made collected in its
        name minus its commission invoice, in one vendor payment.

        The commission invoice is first set off against the collected
        payable (OCA's account_netting), then the rest of the payable is
        paid: the invoice and the payable end fully reconciled. A payable
        already settled is never paid again."""
        # staff who may confirm settlements: never a member (portal,
        # JSON-RPC), whatever its record rules let it read
        self.check_access("write")
        for settlement in self:
            if settlement.state != "confirmed" or not settlement.collected_move_id:
                raise UserError(
                    self.env._(
                        "Only a confirmed settlement of the agent model is paid "
                        "out: %(settlement)s is not one.",
                        settlement=settlement.display_name,
                    )
                )
            if not settlement._pm_open_payable():
                raise UserError(
                    self.env._(
                        "%(settlement)s is paid out already.",
                        settlement=settlement.display_name,
                    )
                )
        for settlement in self:
            settlement._pm_net_commission_invoice()
            settlement._pm_pay_collected()
        return True

    def _pm_open_payable(self):
        self.ensure_one()
        return self.collected_move_id.line_ids.filtered(
            lambda line: (
                line.account_type == "liability_payable" and not line.reconciled
            )
        )

    def _pm_net_commission_invoice(self):
        """Set the open commission invoice off against what People Made owes
        the member: account_netting's entry, reconciled with both.

        :return: the netting entry, or an empty recordset"""
        self.ensure_one()
        receivable = self.move_id.line_ids.filtered(
            lambda line: line.account_type == "asset_receivable" and not line.reconciled
        )
        payable = self._pm_open_payable()
        # a commission credit note owes the member too: nothing to set off
        if not (receivable.filtered("debit") and payable.filtered("credit")):
            return self.env["account.move"]
        company = self.company_id
        wizard = (
            self.env["account.move.make.netting"]
            .with_company(company)
            .with_context(
                active_model="account.move.line",
                active_ids=(receivable | payable).ids,
            )
            .create(
                {
                    "journal_id": company._pm_misc_journal().id,
                    "date": company._pm_today(),
                    "ref": self.env._(
                        "Commission invoice %(invoice)s set off against the "
                        "sales collected for %(member)s",
                        invoice=self.move_id.name,
                        member=self.member_id.name,
                    ),
                }
            )
        )
        action = wizard.button_compensate()
        return self.env["account.move"].browse(action["res_id"])

    def _pm_pay_collected(self):
        """One vendor payment of what is still owed to the member.

        :return: the payment, or an empty recordset"""
        self.ensure_one()
        payable = self._pm_open_payable()
        if (
            self.company_id.currency_id.compare_amounts(
                -sum(payable.mapped("amount_residual")), 0
            )
            <= 0
        ):
            return self.env["account.payment"]
        values = {"payment_date": self.company_id._pm_today()}
        if self.member_id.bank_ids:
            values["partner_bank_id"] = self.member_id.bank_ids[:1].id
        return (
            self.env["account.payment.register"]
            .with_company(self.company_id)
            .with_context(active_model="account.move.line", active_ids=payable.ids)
            .create(values)
            ._create_payments()
        )
