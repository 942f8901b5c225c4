# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import io
from datetime import timedelta

from openpyxl import load_workbook

from odoo.fields import Command
from odoo.tests import tagged

from .common import PosMakersCase


@tagged("post_install", "-at_install")
class TestOneLedger(PosMakersCase):
    """One period with web, shop and market-stall sales and refunds gives the
    same quantities and amounts in the ledger, the settlement, the member
    portal (overview, sold lines, XLSX), the statements and the
    waste-diverted report."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company.write(
            {
                "pm_legal_model": "commissionaire",
                "pm_commission_rate": 25.0,
                "pm_payout_minimum": 0.0,
            }
        )
        Team = cls.env["crm.team"]
        cls.webshop = Team.create({"name": "Webshop", "pm_channel_kind": "webshop"})
        cls.market = Team.create({"name": "Markt Leuven", "pm_channel_kind": "market"})
        # the ledger's days are the company's
        cls.today = cls.company._pm_today()
        cls.d_from = cls.today.replace(day=1) - timedelta(days=31)
        # the orders' day in the company's time zone may be tomorrow in UTC
        cls.d_to = cls.today + timedelta(days=1)

    def _web_order(self, lines):
        """A confirmed, invoiced web order of [(product, qty)] (the webshop
        works as superuser)."""
        order = (
            self.env["sale.order"]
            .sudo()
            .create(
                {
                    "partner_id": self.customer.id,
                    "team_id": self.webshop.id,
                    "order_line": [
                        Command.create(
                            {
                                "product_id": product.id,
                                "product_uom_qty": qty,
                                "tax_ids": [Command.clear()],
                            }
                        )
                        for product, qty in lines
                    ],
                }
            )
        )
        order.action_confirm()
        order._force_lines_to_invoice_policy_order()
        invoice = order._create_invoices()
        invoice.invoice_date = self.today
        invoice.action_post()
        return order

    def test_the_same_figures_everywhere(self):
        # the web: 3 of A and 2 of B, and an order never invoiced
        self._web_order([(self.product_a, 3), (self.product_b, 2)])
        uninvoiced = (
            self.env["sale.order"]
            .sudo()
            .create(
                {
                    "partner_id": self.customer.id,
                    "order_line": [Command.create({"product_id": self.product_a.id})],
                }
            )
        )
        uninvoiced.action_confirm()
        # the shop: 2 of A, 1 of B at 50 % off; 1 of A comes back
        self.open_new_session()
        order = self._sell(
            [
                (self.product_a, 2),
                {
                    "product": self.product_b,
                    "quantity": 1,
                    "discount": 50.0,
                    "price_subtotal": 4.0,
                    "price_subtotal_incl": 4.0,
                },
            ]
        )
        self._refund(order.lines.filtered(lambda l: l.product_id == self.product_a), 1)
        self._close()
        # the market stall: 4 of B
        self.config.crm_team_id = self.market
        self.open_new_session()
        self._sell([(self.product_b, 4)])
        self._close()

        Ledger = self.env["pm.sales.ledger"]
        members = self.member_a | self.member_b
        domain = [
            ("member_id", "in", members.ids),
            ("date", ">=", self.d_from),
            ("date", "<=", self.d_to),
        ]
        ledger = {
            member: (qty, net)
            for member, qty, net in Ledger._read_group(
                domain, ["member_id"], ["quantity:sum", "net_amount:sum"]
            )
        }
        # A: 3 × 12.50 web + 2 − 1 × 12.50 shop; B: 2 × 8 web + 4.00 + 4 × 8
        expected = {self.member_a: (4.0, 50.0), self.member_b: (7.0, 52.0)}
        self.assertEqual(ledger, expected)
        by_channel = {
            (member, team): (qty, net)
            for member, team, qty, net in Ledger._read_group(
                domain, ["member_id", "team_id"], ["quantity:sum", "net_amount:sum"]
            )
        }
        self.assertEqual(
            by_channel,
            {
                (self.member_a, self.webshop): (3.0, 37.5),
                (self.member_a, self.maakbar): (1.0, 12.5),
                (self.member_b, self.webshop): (2.0, 16.0),
                (self.member_b, self.maakbar): (1.0, 4.0),
                (self.member_b, self.market): (4.0, 32.0),
            },
        )

        # the settlement and its statement
        settlements = (
            self.env["pm.settlement"]
            ._pm_run(self.d_from, self.d_to)
            .filtered(lambda s: s.member_id in members)
        )
        for settlement in settlements:
            member = settlement.member_id
            lines = settlement.line_ids
            self.assertEqual(
                (sum(lines.mapped("quantity")), settlement.net_total),
                expected[member],
            )
            statement = {
                team: (qty, net)
                for team, qty, net, _commission, _payout in (
                    settlement._pm_statement_totals("team_id")
                )
            }
            self.assertEqual(
                statement,
                {
                    team: figures
                    for (m, team), figures in by_channel.items()
                    if m == member
                },
            )
        self.assertEqual(settlements.member_id, members)

        # the member portal: overview, sold lines and their XLSX
        for member, (qty, net) in expected.items():
            sold = member._pm_sold_lines(self.d_from, self.d_to)
            self.assertEqual(
                (sum(sold.mapped("quantity")), sum(sold.mapped("net_amount"))),
                (qty, net),
            )
            self.assertEqual(member._pm_month_sales(self.today), (qty, net))
            report = self.env.ref("people_made_vendor.action_report_pm_sold_lines_xlsx")
            content, _kind = self.env["ir.actions.report"]._render(
                report,
                member.ids,
                {"date_from": str(self.d_from), "date_to": str(self.d_to)},
            )
            sheet = load_workbook(io.BytesIO(content)).active
            total = list(sheet.iter_rows(values_only=True))[-1]
            self.assertEqual((total[3], total[6]), (qty, net))

        # the waste diverted (People Made's circular addon, when installed)
        if "pm.circular.impact" in self.env:
            textile = self.env["pm.material"].create({"name": "Linnen (test)"})
            self.product_a.write(
                {
                    "weight": 0.25,
                    "pm_composition_ids": [
                        Command.create({"material_id": textile.id, "share": 100})
                    ],
                }
            )
            [(units, kg)] = self.env["pm.circular.impact"]._read_group(
                [("product_tmpl_id", "=", self.product_a.product_tmpl_id.id)],
                [],
                ["quantity:sum", "diverted_kg:sum"],
            )
            self.assertEqual((units, kg), (4.0, 1.0))

    def test_till_refund_links_its_sale(self):
        self.open_new_session()
        order = self._sell([(self.product_a, 2)])
        refund = self._refund(order.lines, 1)
        self._close()
        Ledger = self.env["pm.sales.ledger"]
        sale = Ledger.search([("pos_order_line_id", "=", order.lines.id)])
        back = Ledger.search([("pos_order_line_id", "=", refund.lines.id)])
        self.assertEqual(sale.id, -order.lines.id)
        self.assertEqual(back.reversed_id, sale)
        self.assertEqual(
            (back.quantity, back.net_amount, back.gross_amount, back.is_return),
            (-1.0, -12.5, -12.5, True),
        )
        self.assertEqual(back.reversed_team_id, self.maakbar)
        self.assertEqual(sale.pos_config_id, self.config)
