# Copyright 2026 People Made
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl-3.0).
import io
import json

from openpyxl import load_workbook

from odoo.exceptions import UserError
from odoo.tests import HttpCase, tagged
from odoo.tools import mute_logger

from odoo.addons.people_made_commission.tests.common import CommissionCase


@tagged("post_install", "-at_install")
class TestNetting(HttpCase, CommissionCase):
    """Agent model: People Made collected 1,000.00 of member A's sales and
    invoices 250.00 commission, VAT included; A is paid 750.00 once."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company.pm_legal_model = "agent"
        vat21 = cls.env["account.tax"].create(
            {
                "name": "21% commission",
                "amount": 21,
                "type_tax_use": "sale",
                "company_id": cls.company.id,
            }
        )
        cls.company.account_sale_tax_id = vat21
        # 206.61 commission + 43.39 VAT = 250.00
        cls.env["pm.commission.rule"].create(
            {"member_id": cls.member_a.id, "rate": 0, "fixed_fee": 206.61}
        )
        cls._invoice([(cls.product_a, 1, 1000, 0)])
        cls._invoice([(cls.product_b, 1, 40, 0)])
        settlements = (
            cls.env["pm.settlement"]
            ._pm_run(cls.d_from, cls.d_to)
            .filtered(lambda s: s.member_id in cls.member_a | cls.member_b)
        )
        cls.settlement_a = settlements.filtered(lambda s: s.member_id == cls.member_a)
        cls.settlement_b = settlements - cls.settlement_a
        settlements.action_confirm()
        cls._pm_portal_users()

    def test_one_payment_of_collected_minus_commission(self):
        settlement = self.settlement_a
        invoice = settlement.move_id
        self.assertEqual(
            (invoice.move_type, invoice.amount_total), ("out_invoice", 250)
        )
        self.assertEqual(settlement.collected_residual, 1000)
        settlement.action_pm_pay_out()
        payout = settlement._pm_agent_payout()
        payment = payout["payments"]
        self.assertEqual(len(payment), 1)
        self.assertEqual(
            (payment.payment_type, payment.partner_id, payment.amount),
            ("outbound", self.member_a, 750.0),
        )
        # posted, waiting for its bank statement line
        self.assertEqual(payment.state, "in_process")
        self.assertEqual(payment.move_id.state, "posted")
        # the invoice and the payable are both fully reconciled
        self.assertEqual(invoice.payment_state, "paid")
        self.assertEqual(invoice.amount_residual, 0)
        payable = settlement.collected_move_id.line_ids.filtered(
            lambda line: line.account_type == "liability_payable"
        )
        self.assertTrue(payable.reconciled)
        self.assertEqual(settlement.collected_residual, 0)
        self.assertEqual(
            {key: payout[key] for key in ("collected", "commission", "due")},
            {"collected": 1000.0, "commission": 250.0, "due": 750.0},
        )
        self.assertEqual((payout["netted"], payout["paid"]), (250.0, 750.0))
        # clicked again: refused, never paid twice
        with self.assertRaisesRegex(UserError, "paid out already"):
            settlement.action_pm_pay_out()
        for code in ("nl_BE", "fr_BE"):
            self.env["res.lang"]._activate_lang(code)
        self.env["ir.module.module"]._load_module_terms(
            ["people_made_commission_netting"], ["nl_BE", "fr_BE"], overwrite=True
        )
        for lang, message in (("nl_BE", "is al uitbetaald"), ("fr_BE", "déjà versé")):
            with self.assertRaisesRegex(UserError, message):
                settlement.with_context(lang=lang).action_pm_pay_out()
        self.assertEqual(
            self.env["account.payment"].search_count(
                [("partner_id", "=", self.member_a.id)]
            ),
            1,
        )
        # paid: the settlement is no longer cancelled by a click
        with self.assertRaisesRegex(UserError, "paid"):
            settlement.action_cancel()

    def test_a_member_cannot_pay_itself_out(self):
        self.authenticate("member_a", "member_a")
        with mute_logger("odoo.http"):
            response = self.url_open(
                "/web/dataset/call_kw",
                data=json.dumps(
                    {
                        "jsonrpc": "2.0",
                        "method": "call",
                        "params": {
                            "model": "pm.settlement",
                            "method": "action_pm_pay_out",
                            "args": [self.settlement_a.ids],
                            "kwargs": {},
                        },
                    }
                ),
                headers={"Content-Type": "application/json"},
            )
        self.assertEqual(
            response.json()["error"]["data"]["name"], "odoo.exceptions.AccessError"
        )
        self.assertEqual(self.settlement_a.collected_residual, 1000)
        self.assertEqual(self.settlement_a.move_id.payment_state, "not_paid")

    def test_statement_and_portal_show_the_payout_to_the_member_only(self):
        self.settlement_a.action_pm_pay_out()
        html = self.env["ir.actions.report"]._render_qweb_html(
            "people_made_commission.action_report_pm_statement",
            self.settlement_a.ids,
        )[0]
        html = " ".join(html.decode().split())
        self.assertIn("Collected in your name", html)
        for amount in ("1,000.00", "250.00", "750.00"):
            self.assertIn(amount, html)
        self.assertIn(self.settlement_a.move_id.name, html)
        content = self.env["ir.actions.report"]._render(
            "people_made_commission.action_report_pm_statement_xlsx",
            self.settlement_a.ids,
        )[0]
        rows = {
            row[0]: row[1]
            for row in load_workbook(io.BytesIO(content)).active.values
            if row[0]
        }
        self.assertEqual(rows["Collected in your name"], 1000.0)
        self.assertEqual(rows["Paid to you"], 750.0)
        self.authenticate("member_a", "member_a")
        page = " ".join(self.url_open("/my/pm/statements").text.split())
        self.assertIn("Paid to you", page)
        self.assertIn("750.00", page)
        self.authenticate("member_b", "member_b")
        page = self.url_open("/my/pm/statements").text
        self.assertNotIn("750.00", page)
        with mute_logger("odoo.http"):
            other = self.url_open(f"/my/pm/statements/{self.settlement_a.id}.pdf")
        self.assertEqual(other.status_code, 404)
