# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import io
from datetime import date

from openpyxl import load_workbook

from odoo.exceptions import AccessError, ValidationError
from odoo.fields import Command
from odoo.tests import tagged

from .common import InsightsCase


@tagged("post_install", "-at_install")
class TestFigures(InsightsCase):
    def _year(self, extra=()):
        return [("date", ">=", self.d_from), ("date", "<=", self.d_to), *extra]

    def test_turnover_agrees_with_the_ledger_per_channel(self):
        Sale = self.env["pm.insights.sale"]
        Ledger = self.env["pm.sales.ledger"]
        ours = [("member_id", "in", (self.member_a | self.member_b).ids)]
        per_kind = {
            row["channel_kind"]: row["net_amount"]
            for row in Sale._pm_totals(self._year(ours), ["channel_kind"])
        }
        # 12 months: 2 coasters at 12.00 (one returned), 1 wrap at 18.00 in
        # the shop, a 9.00 pen tray at 10 % off at the market, 3 wraps at
        # the display
        self.assertEqual(
            per_kind,
            {"webshop": 276.0, "shop": 216.0, "market": 97.2, "display": 648.0},
        )
        # the same as the ledger's, every channel and row of the year
        ledger = dict(Ledger._read_group(self._year(), ["team_id"], ["net_amount:sum"]))
        insights = dict(Sale._read_group(self._year(), ["team_id"], ["net_amount:sum"]))
        self.assertEqual(insights, ledger)
        self.assertEqual(
            Sale.search_count(self._year()), Ledger.search_count(self._year())
        )

    def test_payout_and_commission_agree_with_the_settlements(self):
        Sale = self.env["pm.insights.sale"]
        self.assertEqual(len(self.settlements), 2)
        for settlement in self.settlements:
            totals = Sale._pm_totals(
                self._year([("member_id", "=", settlement.member_id.id)])
            )
            self.assertEqual(totals[0]["net_amount"], settlement.net_total)
            self.assertEqual(totals[0]["commission"], settlement.commission_total)
            self.assertEqual(totals[0]["payout"], settlement.payout_total)
        # a cancelled settlement pays nothing out any more
        settlement_a = self.settlements.filtered(lambda s: s.member_id == self.member_a)
        settlement_a.action_cancel()
        totals = Sale._pm_totals(self._year([("member_id", "=", self.member_a.id)]))
        self.assertFalse(totals[0]["payout"])

    def test_circular_share_and_kg_diverted(self):
        Sale = self.env["pm.insights.sale"]
        ours = [("member_id", "in", (self.member_a | self.member_b).ids)]
        totals = Sale._pm_totals(self._year(ours))[0]
        # the coasters only: 23 sold at 12.00
        self.assertEqual(totals["circular_amount"], 276.0)
        wizard = self.env["pm.impact.report.wizard"].create({"year": self.YEAR})
        figures = wizard._pm_figures()
        impact = self.env["pm.circular.impact"]._pm_totals(
            [("company_id", "=", self.env.company.id), *self._year()],
            "waste_stream_id",
        )
        self.assertEqual(
            dict(figures["streams"]),
            {stream.display_name: kg for stream, kg in impact.items()},
        )
        mine = self.env["pm.circular.impact"]._pm_totals(
            self._year([("member_id", "=", self.member_a.id)]), "material_id"
        )
        # 23 coasters × 0.5 kg × 60 % cotton = 6.900 kg, to the gram
        self.assertEqual(round(mine[self.cotton] * 1000), 6900)

    def test_impact_report_figures(self):
        wizard = self.env["pm.impact.report.wizard"].create({"year": self.YEAR})
        figures = wizard._pm_figures()
        Ledger = self.env["pm.sales.ledger"]
        year = self._year([("company_id", "=", self.env.company.id)])
        turnover = sum(Ledger.search(year).mapped("net_amount"))
        self.assertAlmostEqual(figures["turnover"], turnover, places=2)
        self.assertAlmostEqual(
            sum(row["net_amount"] for row in figures["channels"]), turnover, places=2
        )
        confirmed = self.env["pm.settlement"].search(
            [
                ("state", "=", "confirmed"),
                ("date_to", ">=", self.d_from),
                ("date_to", "<=", self.d_to),
            ]
        )
        self.assertAlmostEqual(
            figures["payout"], sum(confirmed.mapped("payout_total")), places=2
        )
        names = [name for name, __ in figures["members"]]
        self.assertIn("Atelier A", names)
        # the PDF's HTML shows the summary first, then the detail
        html = (
            self.env["ir.actions.report"]
            ._render_qweb_html("people_made_insights.report_impact", wizard.ids)[0]
            .decode()
        )
        self.assertIn("People Made in 2025", html)
        self.assertLess(
            html.index("Turnover per channel"), html.index("Sales per maker")
        )
        self.assertIn("Display", html)
        # the workbook: the summary sheet first, with the same turnover
        content, __ = self.env["ir.actions.report"]._render(
            "people_made_insights.impact_xlsx", wizard.ids
        )
        book = load_workbook(io.BytesIO(content))
        self.assertEqual(book.sheetnames[0], "Summary 2025")
        self.assertAlmostEqual(book.worksheets[0]["B3"].value, turnover, places=2)

    def test_impact_report_in_dutch_and_french(self):
        self.env["res.lang"]._activate_lang("nl_BE")
        self.env["res.lang"]._activate_lang("fr_BE")
        for lang, title in (("nl_BE", "People Made in 2025"), ("fr_BE", "2025")):
            wizard = self.env["pm.impact.report.wizard"].create(
                {"year": self.YEAR, "lang": lang}
            )
            html = (
                self.env["ir.actions.report"]
                ._render_qweb_html("people_made_insights.report_impact", wizard.ids)[0]
                .decode()
            )
            self.assertIn(title, html)
        # the Dutch summary says "Omzet", the French "Chiffre d'affaires"
        wizard = self.env["pm.impact.report.wizard"].create(
            {"year": self.YEAR, "lang": "nl_BE"}
        )
        html = (
            self.env["ir.actions.report"]
            ._render_qweb_html("people_made_insights.report_impact", wizard.ids)[0]
            .decode()
        )
        self.assertIn("Omzet per kanaal", html)

    def test_self_funding_with_trend(self):
        Funding = self.env["pm.insights.funding"]
        before = Funding._pm_self_funding(self.d_from, self.d_to)
        self.env["pm.membership.fee"].create({"amount": 250.0, "sequence": 0})
        fees = (self.member_a | self.member_b)._pm_invoice_membership_fees(self.YEAR)
        self.assertTrue(fees)
        account = self.env["account.account"].create(
            {"name": "Huur winkel", "code": "612999", "account_type": "expense"}
        )
        goods = self.env["account.account"].create(
            {"name": "Aankoop goederen", "code": "604999", "account_type": "expense"}
        )
        for year, rent in ((self.YEAR, 400.0), (self.YEAR - 1, 800.0)):
            bill = self.env["account.move"].create(
                {
                    "move_type": "in_invoice",
                    "partner_id": self.customer.id,
                    "invoice_date": date(year, 3, 1),
                    "invoice_line_ids": [
                        Command.create(
                            {
                                "name": "Huur",
                                "account_id": account.id,
                                "price_unit": rent,
                                "tax_ids": [],
                            }
                        ),
                        # goods bought are no operating cost (class 60)
                        Command.create(
                            {
                                "name": "Goederen",
                                "account_id": goods.id,
                                "price_unit": 1000.0,
                                "tax_ids": [],
                            }
                        ),
                    ],
                }
            )
            bill.action_post()
        after = Funding._pm_self_funding(self.d_from, self.d_to)
        self.assertAlmostEqual(
            after["fees"] - before["fees"], sum(fees.mapped("amount_untaxed")), places=2
        )
        # the commission of the confirmed settlements, per member
        commission = dict(
            Funding._read_group(
                [("kind", "=", "commission"), *self._year()],
                ["member_id"],
                ["amount:sum"],
            )
        )
        for settlement in self.settlements:
            self.assertAlmostEqual(
                commission[settlement.member_id], settlement.commission_total, places=2
            )
        self.assertAlmostEqual(after["costs"] - before["costs"], 400.0, places=2)
        self.assertAlmostEqual(
            after["ratio"], round(after["income"] / after["costs"], 4), places=4
        )
        figures = (
            self.env["pm.impact.report.wizard"]
            .create({"year": self.YEAR})
            ._pm_figures()
        )
        self.assertEqual(figures["funding"], after)
        self.assertAlmostEqual(
            figures["funding_previous"]["costs"]
            - Funding._pm_self_funding(date(2024, 1, 1), date(2024, 12, 31))["costs"],
            0.0,
        )
        self.assertGreaterEqual(figures["funding_previous"]["costs"], 800.0)

    def test_bad_year_is_refused(self):
        with self.assertRaises(ValidationError):
            self.env["pm.impact.report.wizard"].create({"year": 20250})

    def test_members_cannot_read_the_network(self):
        self._pm_portal_users()
        for model in ("pm.insights.sale", "pm.insights.funding"):
            with self.assertRaises(AccessError):
                self.env[model].with_user(self.user_a).search([])
        with self.assertRaises(AccessError):
            self.env["pm.impact.report.wizard"].with_user(self.user_a).create(
                {"year": self.YEAR}
            )
