# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import threading
import time
from datetime import date

from odoo import sql_db
from odoo.exceptions import ConcurrencyError
from odoo.tests import tagged

from odoo.addons.people_made_commission.models.pm_settlement import RUN_LOCK_KEY

from .common import CommissionCase


@tagged("post_install", "-at_install")
class TestLedgerSettlement(CommissionCase):
    """The settlement reads the sales ledger: returns on the terms of their
    sale, prices before discount from the sold line, runs that take turns."""

    def _reverse(self, invoice, day):
        """A posted credit note of all of ``invoice``, dated ``day``, made
        as staff make it (Credit Note on the invoice)."""
        reversal = (
            self.env["account.move.reversal"]
            .with_context(active_model="account.move", active_ids=invoice.ids)
            .create({"date": day, "journal_id": invoice.journal_id.id})
        )
        credit_note = self.env["account.move"].browse(reversal.refund_moves()["res_id"])
        credit_note.invoice_date = day
        credit_note.action_post()
        return credit_note

    def test_a_late_refund_claws_back_exactly_what_was_paid(self):
        Rule = self.env["pm.commission.rule"]
        Rule.create(
            {
                "member_id": self.member_a.id,
                "rate": 19.83,
                "fixed_fee": 2.50,
                "date_to": date(2026, 10, 31),
            }
        )
        invoice = self._invoice([(self.product_a, 3, 41.37, 0)])
        october = self._run()
        paid = october.line_ids
        # 124.11 × 80.17 % − 3 × 2.50 = 91.9990 → 92.00
        self.assertEqual((paid.net_amount, paid.payout), (124.11, 92.0))
        # November: a dearer rule, and the sale comes back in full
        Rule.create(
            {
                "member_id": self.member_a.id,
                "rate": 35.85,
                "date_from": date(2026, 11, 1),
            }
        )
        self._reverse(invoice, date(2026, 11, 20))
        [november] = self._run(date(2026, 11, 1), date(2026, 11, 30))
        back = november.line_ids
        self.assertEqual(back.ledger_id.reversed_id, paid.ledger_id)
        self.assertEqual(
            (back.rate, back.fixed_fee, back.rule_id),
            (paid.rate, paid.fixed_fee, paid.rule_id),
            "the terms the sale was paid on",
        )
        self.assertEqual((back.net_amount, back.payout), (-124.11, -92.0))
        self.assertEqual(paid.payout + back.payout, 0.0, "as if never sold")
        self.assertFalse(back.origin_missing)

    def test_a_refund_in_the_same_run_takes_the_rule_of_its_sale(self):
        Rule = self.env["pm.commission.rule"]
        Rule.create({"team_id": self.webshop.id, "rate": 10})
        Rule.create({"team_id": self.maakbar.id, "rate": 40})
        invoice = self._invoice([(self.product_b, 2, 20.0, 0)], team=self.webshop)
        # returned at the shop counter
        credit_note = self._reverse(invoice, date(2026, 10, 20))
        credit_note.team_id = self.maakbar
        settlement = self._run()
        sale = settlement.line_ids.filtered(lambda l: l.quantity > 0)
        back = settlement.line_ids - sale
        self.assertEqual((sale.rate, back.rate), (10.0, 10.0))
        self.assertEqual(back.team_id, self.maakbar, "shown where it came back")
        self.assertEqual(settlement.payout_total, 0.0)
        self.assertEqual(settlement.net_total, 0.0)

    def test_a_refund_without_its_sale_says_so(self):
        self.env["pm.commission.rule"].create(
            {"member_id": self.member_b.id, "rate": 30}
        )
        self._invoice(
            [(self.product_b, 1, 10.0, 0)], move_type="out_refund", team=self.maakbar
        )
        line = self._run().line_ids
        self.assertTrue(line.origin_missing)
        self.assertEqual((line.rate, line.payout), (30.0, -7.0))

    def test_extreme_discounts_from_the_sold_line(self):
        self.env["pm.commission.rule"].create(
            {
                "member_id": self.member_a.id,
                "rate": 25,
                "fixed_fee": 0.10,
                "discount_bearer": "people_made",
            }
        )
        self._invoice(
            [(self.product_a, 12, 104.31, 99.99), (self.product_a2, 2, 9.0, 100)]
        )
        lines = self._run().line_ids.sorted("net_amount", reverse=True)
        # 1,251.72 before discount × 75 % − 12 × 0.10 = 937.59, whatever the
        # net of 0.13 would rebuild to
        self.assertEqual(
            [(l.net_amount, l.payout, l.commission) for l in lines],
            [(0.13, 937.59, -937.46), (0.0, 13.3, -13.3)],
        )

    def test_a_run_that_waited_for_another_starts_again(self):
        self._invoice([(self.product_a, 1, 10, 0)])
        # another run holds the company's lock, from its own connection
        other = sql_db.db_connect(self.env.cr.dbname).cursor()
        try:
            other.execute(
                "SELECT pg_advisory_lock(%s, %s)", (RUN_LOCK_KEY, self.company.id)
            )

            def finish():
                time.sleep(0.5)
                other.execute(
                    "SELECT pg_advisory_unlock(%s, %s)",
                    (RUN_LOCK_KEY, self.company.id),
                )

            thread = threading.Thread(target=finish)
            started = time.monotonic()
            thread.start()
            # its snapshot is older than what the other run settled: Odoo
            # runs the request again (service.model.retrying)
            with self.assertRaises(ConcurrencyError):
                self._run()
            thread.join()
            self.assertGreaterEqual(time.monotonic() - started, 0.45, "it waited")
        finally:
            other.close()
        # run again, after the other run: it settles (here nothing was
        # settled by the other run), and a run after that finds nothing left
        self.assertTrue(self._run())
        for code in ("nl_BE", "fr_BE"):
            self.env["res.lang"]._activate_lang(code)
        self.env["ir.module.module"]._load_module_terms(
            ["people_made_commission"], ["nl_BE", "fr_BE"], overwrite=True
        )
        for lang, message in (
            ("en_US", "Nothing left to settle up to 10/31/2026."),
            ("nl_BE", "Niets meer te vereffenen tot 31/10/2026."),
            ("fr_BE", "Plus rien à régler jusqu'au 31/10/2026."),
        ):
            wizard = (
                self.env["pm.settlement.run.wizard"]
                .with_context(lang=lang)
                .create({"date_from": self.d_from, "date_to": self.d_to})
            )
            action = wizard.action_run()
            self.assertEqual(action["tag"], "display_notification")
            self.assertEqual(action["params"]["message"], message)
