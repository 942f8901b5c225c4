# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import date

from psycopg2 import IntegrityError

from odoo.exceptions import ValidationError
from odoo.tests import tagged
from odoo.tools import mute_logger

from .common import CommissionCase


@tagged("post_install", "-at_install")
class TestCommissionRules(CommissionCase):
    def _rate_of(self, settlements, product):
        line = settlements.line_ids.filtered(lambda l: l.product_id == product)
        return line.rate, line.rule_id

    def test_most_specific_rule_wins(self):
        Rule = self.env["pm.commission.rule"]
        crafts = self.env["product.category"].create({"name": "Ambacht"})
        cork = self.env["product.category"].create(
            {"name": "Kurk", "parent_id": crafts.id}
        )
        self.product_a.categ_id = cork
        self.product_a2.categ_id = crafts
        by_categ = Rule.create({"categ_id": crafts.id, "rate": 20})
        by_sub_categ = Rule.create({"categ_id": cork.id, "rate": 18})
        by_team = Rule.create({"team_id": self.maakbar.id, "rate": 15})
        by_member = Rule.create({"member_id": self.member_b.id, "rate": 10})
        Rule.create(
            {
                "member_id": self.member_a.id,
                "rate": 1,
                "date_from": date(2025, 1, 1),
                "date_to": date(2025, 12, 31),
            }
        )
        self._invoice([(self.product_a, 1, 10, 0), (self.product_a2, 1, 10, 0)])
        self._invoice([(self.product_b, 1, 10, 0)], team=self.maakbar)
        settlements = self._run()
        # a sub-category before its parent; the expired member rule is ignored
        self.assertEqual(self._rate_of(settlements, self.product_a), (18, by_sub_categ))
        self.assertEqual(self._rate_of(settlements, self.product_a2), (20, by_categ))
        # the member's rule before the channel's
        self.assertEqual(self._rate_of(settlements, self.product_b), (10, by_member))
        by_member.active = False
        settlements.action_cancel()
        settlements = self._run()
        self.assertEqual(self._rate_of(settlements, self.product_b), (15, by_team))

    def test_default_rate_without_rule(self):
        self._invoice([(self.product_a, 2, 10, 0)])
        line = self._run().line_ids
        self.assertEqual((line.rate, line.rule_id.id), (25, False))
        self.assertEqual((line.payout, line.commission), (15.0, 5.0))

    def test_rate_above_100_is_refused(self):
        # the database holds the line (a rule is inserted before Python checks)
        with (
            self.assertRaises(IntegrityError),
            mute_logger("odoo.sql_db"),
            self.env.cr.savepoint(),
        ):
            self.env["pm.commission.rule"].create({"rate": 120})
        rule = self.env["pm.commission.rule"].create({"rate": 20})
        with self.assertRaisesRegex(
            ValidationError, "A commission is between 0 % and 100 %."
        ):
            rule.rate = 100.5
        with self.assertRaisesRegex(
            ValidationError, "A commission is between 0 % and 100 %."
        ):
            self.env.company.pm_commission_rate = 101
