# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import io
import json

from openpyxl import load_workbook

from odoo.exceptions import AccessError, UserError
from odoo.tests import HttpCase, new_test_user, tagged
from odoo.tools import mute_logger

from .common import CommissionCase


@tagged("post_install", "-at_install")
class TestStatement(HttpCase, CommissionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Partner = cls.env["res.partner"]
        for login, member in (("stat_a", cls.member_a), ("stat_b", cls.member_b)):
            contact = Partner.create({"name": login, "parent_id": member.id})
            new_test_user(
                cls.env, login, groups="base.group_portal", partner_id=contact.id
            )
        cls._invoice([(cls.product_a, 2, 50, 0), (cls.product_a2, 1, 20, 0)])
        cls._invoice([(cls.product_a, 1, 40, 0)], team=cls.maakbar)
        cls._invoice([(cls.product_b, 1, 40, 0)])
        settlements = (
            cls.env["pm.settlement"]
            ._pm_run(cls.d_from, cls.d_to)
            .filtered(lambda s: s.member_id in cls.member_a | cls.member_b)
        )
        settlements.action_confirm()
        cls.settlement_a = settlements.filtered(lambda s: s.member_id == cls.member_a)
        cls.settlement_b = settlements - cls.settlement_a

    def test_totals_per_channel_and_product(self):
        per_channel = {
            team.name: (net, commission, payout)
            for team, _qty, net, commission, payout in (
                self.settlement_a._pm_statement_totals("team_id")
            )
        }
        self.assertEqual(per_channel["Webshop"], (120.0, 30.0, 90.0))
        self.assertEqual(per_channel["MAAKBAR"], (40.0, 10.0, 30.0))
        per_product = {
            product: qty
            for product, qty, *_amounts in self.settlement_a._pm_statement_totals(
                "product_id"
            )
        }
        self.assertEqual(per_product[self.product_a], 3)
        # the stored totals are the settled lines, product and channel read
        # through the ledger, summed
        from_lines = {}
        for line in self.settlement_a.line_ids:
            key = (line.product_id, line.team_id)
            qty, net, payout = from_lines.get(key, (0, 0, 0))
            from_lines[key] = (
                qty + line.quantity,
                net + line.net_amount,
                payout + line.payout,
            )
        self.assertEqual(
            {
                (total.product_id, total.team_id): (
                    total.quantity,
                    total.net_amount,
                    total.payout,
                )
                for total in self.settlement_a.total_ids
            },
            from_lines,
        )
        self.assertEqual(len(self.settlement_a.total_ids), 3)

    def test_totals_only_for_their_member(self):
        Total = self.env["pm.settlement.total"]
        users = {
            login: self.env["res.users"].search([("login", "=", login)])
            for login in ("stat_a", "stat_b")
        }
        for login, settlement in (
            ("stat_a", self.settlement_a),
            ("stat_b", self.settlement_b),
        ):
            seen = Total.with_user(users[login]).search([])
            self.assertEqual(seen, settlement.total_ids, login)
        with self.assertRaises(AccessError):
            self.settlement_a.total_ids.with_user(users["stat_b"]).read(["payout"])

    def test_pdf_statement_in_the_members_language(self):
        self.env["res.lang"]._activate_lang("nl_BE")
        self.env["ir.module.module"]._load_module_terms(
            ["people_made_commission"], ["nl_BE"], overwrite=True
        )
        self.member_a.lang = "nl_BE"
        html, _kind = self.env["ir.actions.report"]._render_qweb_html(
            "people_made_commission.action_report_pm_statement", self.settlement_a.ids
        )
        html = html.decode()
        self.assertIn("Per verkoopkanaal", html)
        self.assertIn("MAAKBAR", html)
        self.assertIn("120,00", html)

    def test_xlsx_statement(self):
        content, kind = self.env["ir.actions.report"]._render(
            "people_made_commission.action_report_pm_statement_xlsx",
            self.settlement_a.ids,
        )
        self.assertEqual(kind, "xlsx")
        rows = list(load_workbook(io.BytesIO(content)).active.values)
        header = next(i for i, row in enumerate(rows) if row[0] == "Date")
        payouts = sorted(row[-1] for row in rows[header + 1 :])
        self.assertEqual(payouts, [15.0, 30.0, 75.0], "each settled line")
        totals = [row for row in rows if row[0] == "Total"]
        self.assertEqual(totals[0][2:5], (160.0, 40.0, 120.0))

    def test_send_statement(self):
        self.settlement_a.action_send_statement()
        message = self.settlement_a.message_ids[:1]
        self.assertIn(self.member_a, message.partner_ids)
        self.assertEqual(
            sorted(message.attachment_ids.mapped("mimetype")),
            [
                "application/pdf",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ],
        )
        draft = self.settlement_a.copy({"state": "draft"})
        with self.assertRaisesRegex(UserError, "Only a confirmed settlement"):
            draft.action_send_statement()

    def test_portal_member_downloads_its_own_statements_only(self):
        self.authenticate("stat_a", "stat_a")
        page = self.url_open("/my/pm/statements").text
        self.assertIn(f"/my/pm/statements/{self.settlement_a.id}.xlsx", page)
        self.assertNotIn(f"/my/pm/statements/{self.settlement_b.id}.", page)
        response = self.url_open(f"/my/pm/statements/{self.settlement_a.id}.xlsx")
        self.assertEqual(response.status_code, 200)
        load_workbook(io.BytesIO(response.content))
        with mute_logger("odoo.http"):
            other = self.url_open(f"/my/pm/statements/{self.settlement_b.id}.xlsx")
            self.assertEqual(other.status_code, 404)
            report = self.url_open(
                "/report/html/people_made_commission.report_statement/"
                f"{self.settlement_b.id}"
            )
            self.assertNotIn("Atelier B", report.text)
            self.assertNotEqual(report.status_code, 200)
        # JSON-RPC: the other member's settlements and lines stay out of reach
        for model in ("pm.settlement", "pm.settlement.line"):
            response = self.url_open(
                "/web/dataset/call_kw",
                data=json.dumps(
                    {
                        "jsonrpc": "2.0",
                        "method": "call",
                        "params": {
                            "model": model,
                            "method": "search_read",
                            "args": [[]],
                            "kwargs": {"fields": ["member_id"]},
                        },
                    }
                ),
                headers={"Content-Type": "application/json"},
            )
            members = {row["member_id"][0] for row in response.json()["result"]}
            self.assertEqual(members, {self.member_a.id}, model)

    def test_draft_settlements_stay_out_of_the_portal(self):
        self.settlement_a.action_cancel()
        self.authenticate("stat_a", "stat_a")
        self.assertNotIn(
            f"/my/pm/statements/{self.settlement_a.id}.",
            self.url_open("/my/pm/statements").text,
        )
