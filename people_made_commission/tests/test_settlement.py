# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import date

from psycopg2 import IntegrityError

from odoo.exceptions import UserError
from odoo.tests import tagged
from odoo.tools import mute_logger

from odoo.addons.people_made_commission.models.pm_settlement import RUN_LOCK_KEY

from .common import CommissionCase


@tagged("post_install", "-at_install")
class TestSettlement(CommissionCase):
    def test_amounts_to_the_cent_by_who_bears_the_discount(self):
        Rule = self.env["pm.commission.rule"]
        rule = Rule.create(
            {
                "member_id": self.member_a.id,
                "rate": 25,
                "fixed_fee": 0.50,
                "discount_bearer": "member",
            }
        )
        # 3 × 19.99 with 10 % off: 53.97 net
        self._invoice([(self.product_a, 3, 19.99, 10)])
        settlement = self._run()
        line = settlement.line_ids
        self.assertEqual(line.net_amount, 53.97)
        # 53.97 × 75 % − 3 × 0.50 = 38.9775 → 38.98
        self.assertEqual((line.payout, line.commission), (38.98, 14.99))
        settlement.action_cancel()
        # People Made bears it: paid on 59.97 before discount
        # 53.97 / 90 % × 75 % − 1.50 = 43.475 → 43.48 (half away from zero)
        rule.discount_bearer = "people_made"
        line = self._run().line_ids
        self.assertEqual((line.payout, line.commission), (43.48, 10.49))
        line.settlement_id.action_cancel()
        # shared: half the discount, (59.97 + 53.97) / 2 × 75 % − 1.50 = 41.2263
        rule.discount_bearer = "shared"
        line = self._run().line_ids
        self.assertEqual((line.payout, line.commission), (41.23, 12.74))

    def test_refund_reverses_its_commission(self):
        self._invoice([(self.product_a, 4, 10, 0)])
        self._invoice([(self.product_a, 1, 10, 0)], move_type="out_refund")
        settlement = self._run()
        self.assertEqual(len(settlement.line_ids), 2)
        refund_line = settlement.line_ids.filtered(lambda l: l.net_amount < 0)
        self.assertEqual(
            (refund_line.quantity, refund_line.payout, refund_line.commission),
            (-1, -7.5, -2.5),
        )
        self.assertEqual(
            (
                settlement.net_total,
                settlement.commission_total,
                settlement.payout_total,
            ),
            (30.0, 7.5, 22.5),
        )

    def test_a_sold_line_is_settled_once(self):
        self._invoice([(self.product_a, 1, 10, 0)])
        first = self._run()
        self.assertEqual(len(first), 1)
        self.assertFalse(self._run(), "a second run finds nothing to settle")
        # even written past the ORM, the database refuses a second settlement
        line = first.line_ids
        with (
            self.assertRaises(IntegrityError),
            mute_logger("odoo.sql_db"),
            self.env.cr.savepoint(),
        ):
            self.env.cr.execute(
                """
                INSERT INTO pm_settlement_line (settlement_id, ledger_id,
                    date, net_amount, payout, commission)
                VALUES (%s, %s, '2026-10-15', 10, 7.5, 2.5)
                """,
                (first.id, line.ledger_id.id),
            )
        # payout plus commission is the net sale, or the row is refused
        with (
            self.assertRaises(IntegrityError),
            mute_logger("odoo.sql_db"),
            self.env.cr.savepoint(),
        ):
            self.env.cr.execute(
                "UPDATE pm_settlement_line SET payout = payout + 0.01 WHERE id = %s",
                (line.id,),
            )

    def test_cancelling_reverses_the_bill_and_frees_the_lines(self):
        self._invoice([(self.product_a, 1, 10, 0)])
        settlement = self._run()
        settlement.action_confirm()
        bill = settlement.move_id
        settlement.action_cancel()
        # the posted bill stays as it was sent; a credit note reverses it
        self.assertEqual(bill.state, "posted")
        note = settlement.reversal_move_id
        self.assertEqual(
            (note.move_type, note.state, note.reversed_entry_id),
            ("in_refund", "posted", bill),
        )
        self.assertEqual(note.journal_id, bill.journal_id)
        self.assertEqual(note.amount_total, bill.amount_total)
        self.assertEqual(bill.payment_state, "reversed")
        # its document (the PDF sent with it) says what it is for: set off
        # against the bill, nothing was paid and it is not 0.00 due
        html = self.env["ir.actions.report"]._render_qweb_html(
            "account.account_invoices", note.ids
        )[0]
        text = " ".join(html.decode().split())
        self.assertIn(f"{note.amount_total:.2f}", text)
        self.assertNotIn("Amount Due", text)
        self.assertNotIn("Paid on", text)
        again = self._run()
        self.assertEqual(again.line_ids.move_line_id, settlement.line_ids.move_line_id)
        again.action_confirm()
        self.assertEqual(again.move_id.amount_total, bill.amount_total)
        self.assertFalse(
            self._run(date(2026, 11, 1), date(2026, 11, 30)), "settled once"
        )

    def test_second_and_third_bills_of_members_without_vat_post(self):
        """The 0 % taxes of the franchise and of exempt members are made once
        and found again by their role, in a tax group."""
        self.member_a.pm_vat_regime = "exempt"
        taxes = self.env["account.tax"]
        for month in (8, 9, 10):
            self._invoice(
                [(self.product_a, 1, 10, 0), (self.product_b, 1, 20, 0)],
                day=date(2026, month, 10),
            )
            settlements = self._run(date(2026, month, 1), date(2026, month, 28))
            self.assertEqual(len(settlements), 2)
            settlements.action_confirm()
            bills = settlements.move_id
            self.assertEqual(set(bills.mapped("state")), {"posted"})
            self.assertEqual(sorted(bills.mapped("amount_total")), [7.5, 15.0])
            taxes |= bills.invoice_line_ids.tax_ids
        self.assertEqual(
            sorted(taxes.mapped("pm_role")), ["purchase_exempt", "purchase_franchise"]
        )
        self.assertEqual(len(taxes.tax_group_id), 1)
        # the accountant renames them: they are still found
        for tax in taxes:
            tax.write({"name": f"0% {tax.id}", "description": "<p>renamed</p>"})
        self.assertEqual(
            self.company._pm_zero_purchase_tax("exempt"),
            taxes.filtered(lambda t: t.pm_role == "purchase_exempt"),
        )

    def test_a_member_without_a_self_billing_agreement_is_refused(self):
        self.member_a.pm_self_billing_agreement_date = False
        self._invoice([(self.product_a, 1, 10, 0)])
        settlement = self._run()
        with self.assertRaisesRegex(UserError, "self-billing agreement"):
            settlement.action_confirm()
        for code in ("nl_BE", "fr_BE"):
            self.env["res.lang"]._activate_lang(code)
        self.env["ir.module.module"]._load_module_terms(
            ["people_made_commission"], ["nl_BE", "fr_BE"], overwrite=True
        )
        for lang, message in (
            ("nl_BE", "heeft geen overeenkomst voor facturatie door de afnemer"),
            ("fr_BE", "n'a pas signé de convention d'autofacturation"),
        ):
            with self.assertRaisesRegex(UserError, message):
                settlement.with_context(lang=lang).action_confirm()
        self.assertEqual(settlement.state, "draft")
        self.assertFalse(settlement.move_id)
        # the agent model issues no bill in the member's name: no agreement
        settlement.action_cancel()
        self.company.pm_legal_model = "agent"
        self._run().action_confirm()

    def test_minimum_payout_carries_forward(self):
        self.company.pm_payout_minimum = 20
        self._invoice([(self.product_a, 2, 10, 0)], day=date(2026, 9, 10))
        september = self._run(date(2026, 9, 1), date(2026, 9, 30))
        self.assertFalse(september, "15.00 is under the minimum of 20.00")
        self._invoice([(self.product_a, 2, 10, 0)], day=date(2026, 10, 10))
        october = self._run()
        self.assertEqual(len(october.line_ids), 2, "September's line came along")
        self.assertEqual(october.payout_total, 30.0)

    def test_overlap_with_a_confirmed_settlement_is_refused(self):
        self._invoice([(self.product_a, 1, 10, 0)])
        self._run().action_confirm()
        with self.assertRaisesRegex(UserError, "overlaps"):
            self.env["pm.settlement"]._pm_run(date(2026, 10, 20), date(2026, 11, 20))
        with self.assertRaisesRegex(UserError, "ends before it starts"):
            self.env["pm.settlement"]._pm_run(date(2026, 12, 2), date(2026, 12, 1))

    def test_self_billed_bill_of_a_vat_registered_member(self):
        self._invoice([(self.product_a, 2, 50, 0), (self.product_a2, 1, 20, 0)])
        settlement = self._run()
        settlement.action_confirm()
        bill = settlement.move_id
        self.assertEqual(settlement.state, "confirmed")
        self.assertEqual((bill.move_type, bill.state), ("in_invoice", "posted"))
        self.assertEqual(bill.partner_id, self.member_a)
        self.assertEqual(bill.amount_untaxed, 90.0)  # 120 − 25 %
        self.assertTrue(bill.invoice_line_ids.tax_ids, "VAT on the member's sale")
        self.assertEqual(bill.journal_id, self.company.pm_self_billing_journal_id)
        self.assertIn("Factuur uitgereikt door afnemer", bill.narration)
        self.assertTrue(bill.journal_id.is_self_billing)
        # Odoo numbers a self-billing journal's bills per member
        self.assertEqual(bill.name, f"SELF{self.member_a.id:05d}/2026/10/0001")

    def test_self_billed_bill_of_a_franchise_member(self):
        self._invoice([(self.product_b, 1, 40, 0)])
        settlement = self._run()
        settlement.action_confirm()
        bill = settlement.move_id
        self.assertEqual(bill.amount_total, 30.0)
        # no VAT: a 0 % tax of Peppol's category E (exempt)
        tax = bill.invoice_line_ids.tax_ids
        self.assertEqual((tax.amount, tax.ubl_cii_tax_category_code), (0, "E"))
        self.assertIn("art. 56bis", bill.narration)
        self.assertEqual(bill.name, f"SELF{self.member_b.id:05d}/2026/10/0001")

    def test_refunds_over_sales_give_a_credit_note(self):
        self._invoice([(self.product_a, 1, 10, 0)], day=date(2026, 9, 10))
        self._run(date(2026, 9, 1), date(2026, 9, 30)).action_confirm()
        self._invoice([(self.product_a, 1, 10, 0)], move_type="out_refund")
        settlement = self._run()
        settlement.action_confirm()
        self.assertEqual(settlement.payout_total, -7.5)
        self.assertEqual(settlement.move_id.move_type, "in_refund")
        self.assertEqual(settlement.move_id.amount_untaxed, 7.5)

    def test_member_without_bank_account_is_refused(self):
        self.member_a.bank_ids.unlink()
        self._invoice([(self.product_a, 1, 10, 0)])
        settlement = self._run()
        with self.assertRaisesRegex(UserError, "no bank account"):
            settlement.action_confirm()
        self.assertEqual(settlement.state, "draft")
        self.assertFalse(settlement.move_id)

    def test_agent_invoices_its_commission(self):
        self.company.pm_legal_model = "agent"
        self.member_a.bank_ids.unlink()  # not needed: nothing is paid out
        self._invoice([(self.product_a, 4, 25, 0)])
        settlement = self._run()
        settlement.action_confirm()
        invoice = settlement.move_id
        self.assertEqual((invoice.move_type, invoice.state), ("out_invoice", "posted"))
        self.assertEqual(invoice.partner_id, self.member_a)
        self.assertEqual(invoice.amount_untaxed, 25.0)
        # what People Made collected in A's name is A's: owed to it, out of
        # People Made's income
        entry = settlement.collected_move_id
        self.assertEqual(entry.state, "posted")
        payable = entry.line_ids.filtered(
            lambda line: line.account_type == "liability_payable"
        )
        self.assertEqual((payable.partner_id, payable.balance), (self.member_a, -100.0))
        income = self.product_a._get_product_accounts()["income"]
        self.assertEqual(
            entry.line_ids.filtered(lambda line: line.account_id == income).balance,
            100.0,
        )
        self.assertEqual(settlement.collected_residual, 100.0)
        payout = settlement._pm_agent_payout()
        self.assertEqual(
            (payout["collected"], payout["commission"], payout["due"]),
            (100.0, invoice.amount_total, 100.0 - invoice.amount_total),
        )
        # cancelled: the collected entry is reversed with the invoice
        settlement.action_cancel()
        self.assertTrue(payable.reconciled)
        self.assertEqual(entry.reversal_move_ids.state, "posted")
        self.assertEqual(settlement.reversal_move_id.move_type, "out_refund")

    def test_cancelling_twice_says_so(self):
        self._invoice([(self.product_a, 1, 10, 0)])
        settlement = self._run()
        settlement.action_confirm()
        settlement.action_cancel()
        with self.assertRaisesRegex(UserError, "is already cancelled"):
            settlement.action_cancel()
        for code in ("nl_BE", "fr_BE"):
            self.env["res.lang"]._activate_lang(code)
        self.env["ir.module.module"]._load_module_terms(
            ["people_made_commission"], ["nl_BE", "fr_BE"], overwrite=True
        )
        for lang, message in (
            ("nl_BE", "is al geannuleerd"),
            ("fr_BE", "est déjà annulé"),
        ):
            with self.assertRaisesRegex(UserError, message):
                settlement.with_context(lang=lang).action_cancel()
        self.assertEqual(settlement.reversal_move_id.state, "posted")

    def test_agent_model_invoices_say_whose_sale_it_is(self):
        self.member_a.vat = "BE0897223670"
        self.member_b.company_registry = "0456789034"
        invoice = self._invoice([(self.product_a, 1, 10, 0), (self.product_b, 1, 5, 0)])
        report = "account.report_invoice"
        html = self.env["ir.actions.report"]._render_qweb_html(report, invoice.ids)[0]
        self.assertNotIn("for the account of", html.decode(), "commissionaire")
        self.company.pm_legal_model = "agent"
        html = self.env["ir.actions.report"]._render_qweb_html(report, invoice.ids)[0]
        html = " ".join(html.decode().split())
        self.assertIn("Sold in the name and for the account of:", html)
        self.assertIn("Atelier A</span> , VAT <span>BE0897223670</span>", html)
        self.assertIn(
            "Atelier B</span> , enterprise number <span>0456789034</span>", html
        )

    def test_run_wizard(self):
        self._invoice([(self.product_a, 1, 10, 0)])
        wizard = self.env["pm.settlement.run.wizard"].create(
            {"date_from": date(2026, 10, 1), "date_to": date(2026, 10, 31)}
        )
        action = wizard.action_run()
        settlements = self.env["pm.settlement"].search(action["domain"])
        self.assertIn(self.member_a, settlements.member_id)

    def test_errors_speak_dutch_and_french(self):
        for code in ("nl_BE", "fr_BE"):
            self.env["res.lang"]._activate_lang(code)
        self.env["ir.module.module"]._load_module_terms(
            ["people_made_commission"], ["nl_BE", "fr_BE"], overwrite=True
        )
        for lang, message in (
            ("nl_BE", "De periode eindigt voor ze begint."),
            ("fr_BE", "La période finit avant de commencer."),
        ):
            with self.assertRaisesRegex(UserError, message):
                self.env["pm.settlement"].with_context(lang=lang)._pm_run(
                    date(2026, 12, 2), date(2026, 12, 1)
                )

    def test_a_settled_invoice_cannot_be_reset_to_draft(self):
        invoice = self._invoice([(self.product_a, 1, 10, 0)])
        settlement = self._run()
        with self.assertRaisesRegex(UserError, "cancel that settlement"):
            invoice.button_draft()
        settlement.action_cancel()
        invoice.button_draft()
        self.assertEqual(invoice.state, "draft")

    def test_runs_of_a_company_take_turns(self):
        self._invoice([(self.product_a, 1, 10, 0)])
        self._run()  # holds the company's run lock until its transaction ends
        with self.registry.cursor() as other:
            other.execute(
                "SELECT pg_try_advisory_xact_lock(%s, %s)",
                (RUN_LOCK_KEY, self.company.id),
            )
            self.assertFalse(other.fetchone()[0], "a second run has to wait")
