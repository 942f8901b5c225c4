# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import date

from odoo import api, fields, models
from odoo.fields import Command
from odoo.tools import float_round

from .pm_membership_fee import SIZE_TIERS


class ResPartner(models.Model):
    _inherit = "res.partner"

    pm_settlement_ids = fields.One2many(
        "pm.settlement", "member_id", string="Settlements"
    )
    pm_size_tier = fields.Selection(
        SIZE_TIERS,
        string="Size",
        help="Sets the membership fee, with the kind of organisation.",
    )
    pm_deduct_fees = fields.Boolean(
        string="Deduct Fees from Payouts",
        help="The member agreed that its open membership fees are deducted from "
        "the payouts of its settlements.",
    )
    pm_self_billing_agreement_date = fields.Date(
        string="Self-billing Agreement Signed",
        help="The day the member signed the self-billing agreement: People "
        "Made may only issue bills in the member's name from then on (Belgian "
        "VAT code, art. 53, §2).",
    )
    pm_self_billing_agreement = fields.Binary(
        string="Self-billing Agreement",
        attachment=True,
        help="The signed agreement.",
    )
    pm_self_billing_agreement_filename = fields.Char()
    pm_fee_status = fields.Selection(
        [
            ("none", "No fee"),
            ("due", "Due"),
            ("overdue", "Overdue"),
            ("paid", "Paid"),
        ],
        string="Membership Fee",
        compute="_compute_pm_fee_status",
        help="The membership fee of this year: paid, due, or overdue (past its "
        "due date).",
    )

    @api.depends("membership_state", "member_line_ids.account_invoice_id")
    def _compute_pm_fee_status(self):
        # the company's day, as the fees' due dates
        today = self.env.company._pm_today()
        for partner in self:
            if partner.membership_state in ("paid", "free"):
                partner.pm_fee_status = "paid"
            elif partner.membership_state == "invoiced":
                late = partner.member_line_ids.filtered(
                    lambda line: (
                        line.state == "invoiced"
                        and line.account_invoice_id.invoice_date_due
                        and line.account_invoice_id.invoice_date_due < today
                    )
                )
                partner.pm_fee_status = "overdue" if late else "due"
            else:
                partner.pm_fee_status = "none"

    def _pm_fee_amount(self, year, start=None, schedule=None):
        """The fee of ``year``, prorated by day for a member joining after its
        first day (``start``)."""
        self.ensure_one()
        yearly = self.env["pm.membership.fee"]._pm_fee_for(self, schedule)
        first, last = date(year, 1, 1), date(year, 12, 31)
        if not start or start <= first:
            return yearly
        if start > last:
            return 0.0
        days = (last - first).days + 1
        return float_round(
            yearly * ((last - start).days + 1) / days,
            precision_rounding=self.env.company.currency_id.rounding,
        )

    def _pm_invoice_membership_fees(self, year, start=None):
        """Invoice ``year``'s fee to the active members among ``self`` that
        have not got it yet; posted, through OCA's membership.

        :return: the invoices created
        """
        product = self.env["product.product"]._pm_membership_product(year)
        Fee = self.env["pm.membership.fee"]
        schedule = Fee.search([("company_id", "=", self.env.company.id)])
        invoices = self.env["account.move"]
        for member in self.filtered(
            lambda m: m.is_pm_member and m.pm_state == "active"
        ):
            already = member.member_line_ids.filtered(
                lambda line, product=product: (
                    line.membership_id == product and line.state != "canceled"
                )
            )
            amount = member._pm_fee_amount(year, start, schedule)
            if already or not amount or member.free_member:
                continue
            invoice_date = max(start or date(year, 1, 1), date(year, 1, 1))
            invoice = member.with_context(
                pm_invoice_date=invoice_date
            ).create_membership_invoice(product, amount)
            invoice.action_post()
            invoices |= invoice
        return invoices

    def _prepare_membership_invoice(self, product, amount):
        values = super()._prepare_membership_invoice(product, amount)
        # dated when the membership starts: OCA's membership lines start then
        if self.env.context.get("pm_invoice_date"):
            values["invoice_date"] = self.env.context["pm_invoice_date"]
        # due a payment term after it, not on the day the invoice is made
        values["invoice_payment_term_id"] = self.env.company._pm_fee_payment_term().id
        return values

    def _prepare_membership_invoice_line(self, product, amount):
        values = super()._prepare_membership_invoice_line(product, amount)
        # each line carries the fee's VAT treatment: Peppol refuses a line
        # without a tax
        values["tax_ids"] = [Command.set(self.env.company._pm_fee_taxes().ids)]
        return values

    @api.model
    def _cron_pm_membership_fees(self):
        """Yearly: invoice this year's fee to every active member."""
        # the cron runs without a user's time zone: the company's year
        year = self.env.company._pm_today().year
        members = self.search(
            [("is_pm_member", "=", True), ("pm_state", "=", "active")]
        )
        members._pm_invoice_membership_fees(year)

    def action_pm_activate(self):
        res = super().action_pm_activate()
        # a member joining during the year pays for the rest of it
        today = self.env.company._pm_today()
        self._pm_invoice_membership_fees(today.year, start=today)
        return res

    def _pm_open_fee_invoices(self):
        self.ensure_one()
        return (
            self.member_line_ids.account_invoice_id.filtered(
                lambda move: (
                    move.state == "posted"
                    and move.payment_state in ("not_paid", "partial")
                )
            )
        ).sorted("invoice_date")
