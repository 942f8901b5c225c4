# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import random

from odoo.tests import tagged
from odoo.tools import float_compare

from .common import CommissionCase


@tagged("post_install", "-at_install")
class TestSettlementInvariant(CommissionCase):
    """Over generated mixes of sales, refunds, discounts, channels and rules:
    payout plus commission is the net sale, to the cent, for every member and
    in total, and every sold line of a member is settled exactly once."""

    def test_generated_mixes(self):
        products = self.product_a | self.product_a2 | self.product_b
        teams = self.webshop | self.maakbar
        Rule = self.env["pm.commission.rule"]
        # each seed's run settles only that seed's sales: earlier ones are
        # settled already
        for seed in range(4):
            rng = random.Random(seed)
            with self.subTest(seed=seed):
                for _i in range(3):
                    Rule.create(
                        {
                            "member_id": rng.choice([False, *self.members.ids]),
                            "team_id": rng.choice([False, *teams.ids]),
                            "rate": rng.choice([0, 12.5, 17, 25, 33.33, 100]),
                            "fixed_fee": rng.choice([0, 0, 0.35, 1.1]),
                            "discount_bearer": rng.choice(
                                ["member", "people_made", "shared"]
                            ),
                        }
                    )
                moves = self.env["account.move"]
                for _i in range(12):
                    moves |= self._invoice(
                        [
                            (
                                rng.choice(products),
                                rng.choice([1, 1, 2, 3, 7]),
                                round(rng.uniform(0.5, 120), 2),
                                rng.choice([0, 0, 5, 10, 33.3, 50]),
                            )
                            for _j in range(rng.randint(1, 4))
                        ],
                        move_type=rng.choice(["out_invoice"] * 4 + ["out_refund"]),
                        team=rng.choice(teams),
                    )
                settlements = self._run()
                sold = moves.invoice_line_ids
                for member in self.members:
                    settlement = settlements.filtered(
                        lambda s, m=member: s.member_id == m
                    )
                    member_lines = sold.filtered(
                        lambda l, m=member: l.product_id.pm_member_id == m
                    )
                    self.assertEqual(
                        settlement.line_ids.move_line_id, member_lines, f"seed {seed}"
                    )
                    net = -sum(member_lines.mapped("balance"))
                    self.assertEqual(
                        float_compare(settlement.net_total, net, precision_digits=2),
                        0,
                        f"seed {seed}",
                    )
                    self.assertEqual(
                        float_compare(
                            settlement.payout_total + settlement.commission_total,
                            settlement.net_total,
                            precision_digits=2,
                        ),
                        0,
                        f"seed {seed}",
                    )
                    # the stored totals are the sums of the lines
                    self.assertEqual(
                        float_compare(
                            sum(settlement.line_ids.mapped("payout")),
                            settlement.payout_total,
                            precision_digits=2,
                        ),
                        0,
                    )

    @property
    def members(self):
        return self.member_a | self.member_b
