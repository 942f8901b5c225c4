# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import random
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from odoo.tests import tagged

from .common import CommissionCase

CENT = Decimal("0.01")


def _cents(value):
    """Round half away from zero, as the settlement does."""
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


@tagged("post_install", "-at_install")
class TestSettlementInvariant(CommissionCase):
    """Over generated mixes of sales, refunds, discounts (up to 100 %),
    currencies, channels and rules, each settled line's payout is what a
    reference calculation in Python (Decimal, independent of the SQL) says;
    payout plus commission is the net sale to the cent; every sold line is
    settled once; and a late full refund under a changed rule claws back
    exactly what its sale was paid."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # another currency than the company's, at a rate with decimals
        cls.usd = cls.env.ref("base.USD")
        if cls.usd == cls.company.currency_id:
            cls.usd = cls.env.ref("base.EUR")
        cls.usd.active = True
        cls.env["res.currency.rate"].create(
            {
                "name": "2026-01-01",
                "currency_id": cls.usd.id,
                "company_id": cls.company.id,
                "rate": 1.1637,
            }
        )

    def _reference_rule(self, line, rule_date, rule_team):
        """The rule the settlement must apply, found the way the README
        describes it: most specific first (member, channel, category)."""
        product = line.product_id
        rules = self.env["pm.commission.rule"].search(
            [("company_id", "=", self.company.id)]
        )
        candidates = [
            r
            for r in rules
            if (not r.member_id or r.member_id == product.pm_member_id)
            and (not r.team_id or r.team_id == rule_team)
            and (
                not r.categ_id
                or product.categ_id.parent_path.startswith(r.categ_id.parent_path)
            )
            and (not r.date_from or r.date_from <= rule_date)
            and (not r.date_to or r.date_to >= rule_date)
        ]
        candidates.sort(
            key=lambda r: (
                not r.member_id,
                not r.team_id,
                not r.categ_id,
                -len(r.categ_id.parent_path or ""),
                r.sequence,
                r.id,
            )
        )
        return candidates[0] if candidates else None

    def _reference_payout(self, line, terms):
        rate, fee, bearer = terms
        move = line.move_id
        sign = -1 if move.move_type == "out_refund" else 1
        net = _cents(-line.balance)
        rate_to_company = Decimal(str(move.invoice_currency_rate or 1.0))
        gross = sign * _cents(
            Decimal(str(line.price_unit))
            * Decimal(str(line.quantity))
            / rate_to_company
        )
        base = {"member": net, "people_made": gross, "shared": (gross + net) / 2}[
            bearer
        ]
        quantity = sign * Decimal(str(line.quantity))
        return _cents(
            base * (Decimal(100) - Decimal(str(rate))) / 100
            - Decimal(str(fee)) * quantity
        )

    def _terms(self, rule):
        if not rule:
            return (self.company.pm_commission_rate, 0.0, "member")
        return (rule.rate, rule.fixed_fee, rule.discount_bearer)

    def test_generated_mixes(self):
        products = self.product_a | self.product_a2 | self.product_b
        teams = self.webshop | self.maakbar
        Rule = self.env["pm.commission.rule"]
        for seed in range(4):
            rng = random.Random(seed)
            month = 3 + 2 * seed  # a month per seed, refunds the next one
            d_from, d_to = date(2026, month, 1), date(2026, month, 28)
            with self.subTest(seed=seed):
                for _i in range(3):
                    Rule.create(
                        {
                            "member_id": rng.choice([False, *self.members.ids]),
                            "team_id": rng.choice([False, *teams.ids]),
                            "rate": rng.choice([0, 12.5, 17, 19.83, 25, 33.33, 100]),
                            "fixed_fee": rng.choice([0, 0, 0.35, 1.1, 2.5]),
                            "discount_bearer": rng.choice(
                                ["member", "people_made", "shared"]
                            ),
                            "date_to": d_to,
                        }
                    )
                moves = self.env["account.move"]
                for _i in range(12):
                    move = self._invoice(
                        [
                            (
                                rng.choice(products),
                                rng.choice([1, 1, 2, 3, 7, 12]),
                                round(rng.uniform(0.5, 120), 2),
                                rng.choice([0, 0, 5, 10, 33.3, 50, 99.99, 100]),
                            )
                            for _j in range(rng.randint(1, 4))
                        ],
                        move_type=rng.choice(["out_invoice"] * 4 + ["out_refund"]),
                        team=rng.choice(teams),
                        day=date(2026, month, rng.randint(1, 28)),
                        currency_id=rng.choice(
                            [self.company.currency_id] * 3 + [self.usd]
                        ).id,
                    )
                    moves |= move
                settlements = self._run(d_from, d_to)
                sold = moves.invoice_line_ids
                settled = settlements.line_ids
                self.assertEqual(settled.move_line_id, sold, f"seed {seed}")
                self.assertEqual(len(settled), len(sold), "each line once")
                for line in settled:
                    aml = line.move_line_id
                    rule = self._reference_rule(
                        aml, aml.move_id.invoice_date, aml.move_id.team_id
                    )
                    expected = self._reference_payout(aml, self._terms(rule))
                    self.assertEqual(
                        _cents(line.payout), expected, f"seed {seed}, {aml.name}"
                    )
                    self.assertEqual(
                        _cents(line.payout) + _cents(line.commission),
                        _cents(line.net_amount),
                    )
                for settlement in settlements:
                    self.assertEqual(
                        _cents(settlement.payout_total),
                        sum(_cents(p) for p in settlement.line_ids.mapped("payout")),
                    )

                # next month: dearer rules, and some invoices come back whole
                late = date(2026, month + 1, 15)
                Rule.create(
                    {
                        "rate": 47.5,
                        "fixed_fee": 0.9,
                        "date_from": date(2026, month + 1, 1),
                    }
                )
                invoices = moves.filtered(lambda m: m.move_type == "out_invoice")
                returned = invoices[: max(1, len(invoices) // 3)]
                credit_notes = self.env["account.move"]
                for invoice in returned:
                    reversal = (
                        self.env["account.move.reversal"]
                        .with_context(
                            active_model="account.move", active_ids=invoice.ids
                        )
                        .create({"date": late, "journal_id": invoice.journal_id.id})
                    )
                    credit_note = self.env["account.move"].browse(
                        reversal.refund_moves()["res_id"]
                    )
                    credit_note.invoice_date = late
                    credit_note.action_post()
                    credit_notes |= credit_note
                later = self._run(date(2026, month + 1, 1), date(2026, month + 1, 28))
                for line in later.line_ids:
                    origin = line.ledger_id.reversed_id
                    self.assertTrue(origin, "a reversal finds its sale")
                    sale_line = settled.filtered(lambda s, o=origin: s.ledger_id == o)
                    self.assertEqual(
                        (line.rate, line.fixed_fee, line.discount_bearer),
                        (
                            sale_line.rate,
                            sale_line.fixed_fee,
                            sale_line.discount_bearer,
                        ),
                    )
                    self.assertEqual(
                        _cents(line.payout), -_cents(sale_line.payout), "clawed back"
                    )
                self.assertEqual(
                    len(later.line_ids), len(credit_notes.invoice_line_ids)
                )

    @property
    def members(self):
        return self.member_a | self.member_b
