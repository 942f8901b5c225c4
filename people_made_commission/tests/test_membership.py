# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import date

from freezegun import freeze_time

from odoo.tests import tagged

from .common import CommissionCase


@tagged("post_install", "-at_install")
class TestMembershipFees(CommissionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Fee = cls.env["pm.membership.fee"]
        Fee.create({"amount": 200})
        Fee.create({"pm_kind": "cooperative", "amount": 300})
        Fee.create({"size_tier": "large", "amount": 500})
        Fee.create({"pm_kind": "cooperative", "size_tier": "large", "amount": 800})
        for member in cls.member_a | cls.member_b:
            member.write({"street": "Markt 1", "city": "Leuven"})

    def _new_member(self, **values):
        return self.env["res.partner"].create(
            {
                "name": "Nieuw atelier",
                "is_company": True,
                "is_pm_member": True,
                "street": "Markt 2",
                "city": "Leuven",
                **values,
            }
        )

    def test_schedule_most_specific_wins(self):
        Fee = self.env["pm.membership.fee"]
        self.member_a.write({"pm_kind": "cooperative", "pm_size_tier": "large"})
        self.assertEqual(Fee._pm_fee_for(self.member_a), 800)
        self.member_a.pm_size_tier = "small"
        self.assertEqual(Fee._pm_fee_for(self.member_a), 300)
        self.member_a.write({"pm_kind": "other", "pm_size_tier": "large"})
        self.assertEqual(Fee._pm_fee_for(self.member_a), 500)
        self.member_a.pm_size_tier = False
        self.assertEqual(Fee._pm_fee_for(self.member_a), 200)

    def test_yearly_run_invoices_once_through_oca_membership(self):
        members = self.member_a | self.member_b
        invoices = members._pm_invoice_membership_fees(2027)
        self.assertEqual(len(invoices), 2)
        self.assertEqual(invoices.mapped("amount_untaxed"), [200.0, 200.0])
        self.assertEqual(set(invoices.mapped("state")), {"posted"})
        # due 30 days after its date (the default payment term of fees)
        self.assertEqual(set(invoices.mapped("invoice_date_due")), {date(2027, 1, 31)})
        # outside the scope of VAT by default: one tax on each line, of
        # Peppol's category O
        self.assertEqual(
            invoices.invoice_line_ids.tax_ids.ubl_cii_tax_category_code, "O"
        )
        line = self.member_a.member_line_ids
        self.assertEqual(
            (line.date_from, line.date_to), (date(2027, 1, 1), date(2027, 12, 31))
        )
        self.assertFalse(members._pm_invoice_membership_fees(2027), "run twice: once")
        # a suspended member is not invoiced
        self.member_b.action_pm_suspend()
        self.assertFalse(self.member_b._pm_invoice_membership_fees(2028))

    @freeze_time("2026-07-01")
    def test_a_member_joining_pays_the_rest_of_the_year(self):
        member = self._new_member()
        member.action_pm_activate()
        invoice = member.member_line_ids.account_invoice_id
        # 184 of 365 days: 200 × 184 / 365 = 100.82
        self.assertEqual(invoice.amount_untaxed, 100.82)
        self.assertEqual(invoice.invoice_date, date(2026, 7, 1))
        self.assertEqual(member.member_line_ids.date_from, date(2026, 7, 1))
        self.assertEqual(member.pm_fee_status, "due")

    @freeze_time("2026-01-20")
    def test_fee_status_due_overdue_paid(self):
        invoice = self.member_a._pm_invoice_membership_fees(2026)
        self.member_a.invalidate_recordset()
        self.assertEqual(self.member_a.pm_fee_status, "due")
        invoice.invoice_date_due = date(2026, 1, 10)
        self.member_a.invalidate_recordset()
        self.assertEqual(self.member_a.pm_fee_status, "overdue")
        self.env["account.payment.register"].with_context(
            active_model="account.move", active_ids=invoice.ids
        ).create({})._create_payments()
        self.member_a.invalidate_recordset()
        self.assertEqual(self.member_a.pm_fee_status, "paid")

    @freeze_time("2026-11-05")
    def test_open_fees_are_deducted_from_the_payout_when_agreed(self):
        fee = self.member_b._pm_invoice_membership_fees(2026)
        self.member_b.pm_deduct_fees = True
        # B (franchise, no VAT) sold 2 × 200: payout 300, fee 200
        self._invoice([(self.product_b, 2, 200, 0)])
        settlement = self._run()
        settlement.action_confirm()
        bill = settlement.move_id
        self.assertEqual(bill.amount_total, 300.0)
        self.assertEqual(fee.payment_state, "paid")
        self.assertEqual(bill.amount_residual, 100.0, "300 owed, 200 set off")
        self.assertEqual(bill.payment_state, "partial")

    @freeze_time("2026-11-05")
    def test_fees_stay_open_without_agreement(self):
        fee = self.member_b._pm_invoice_membership_fees(2026)
        self._invoice([(self.product_b, 2, 200, 0)])
        settlement = self._run()
        settlement.action_confirm()
        self.assertEqual(fee.payment_state, "not_paid")
        self.assertEqual(settlement.move_id.amount_residual, 300.0)
