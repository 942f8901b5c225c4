# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import date

from freezegun import freeze_time

from odoo import http
from odoo.exceptions import AccessError
from odoo.tests import HttpCase, new_test_user, tagged

from .common import CommissionCase


@tagged("post_install", "-at_install")
class TestSelfBillingAgreement(CommissionCase, HttpCase):
    """Each self-billed bill is the member's to accept (Belgian VAT code,
    art. 53, §2): on the portal, or tacitly after the agreed days."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        for member, login in ((cls.member_a, "pm13_sb_a"), (cls.member_b, "pm13_sb_b")):
            contact = cls.env["res.partner"].create(
                {"name": f"Contact {member.name}", "parent_id": member.id}
            )
            new_test_user(
                cls.env, login, groups="base.group_portal", partner_id=contact.id
            )
        cls.company.pm_self_billing_acceptance_days = 15
        cls._invoice([(cls.product_a, 1, 10, 0)])
        settlements = cls.env["pm.settlement"]._pm_run(cls.d_from, cls.d_to)
        cls.settlement = settlements.filtered(lambda s: s.member_id == cls.member_a)
        cls.settlement.action_confirm()
        cls.bill = cls.settlement.move_id

    def _accept_as(self, login):
        self.authenticate(login, login)
        return self.url_open(
            f"/my/invoices/{self.bill.id}/pm_accept",
            data={"csrf_token": http.Request.csrf_token(self)},
        )

    def test_the_member_accepts_its_bill_on_the_portal(self):
        self.assertEqual(self.bill.pm_acceptance, "pending")
        self.authenticate("pm13_sb_a", "pm13_sb_a")
        page = self.url_open(self.bill.get_portal_url()).text
        self.assertIn("Accept this document", page)
        self.assertIn("11/15/2026", page, "the day it is accepted tacitly")
        # another member may not accept it, nor see it
        response = self._accept_as("pm13_sb_b")
        self.assertEqual(response.status_code, 404)
        self.assertEqual(self.bill.pm_acceptance, "pending")
        response = self._accept_as("pm13_sb_a")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(self.bill.pm_acceptance, "accepted")
        self.assertTrue(self.bill.pm_accepted_on)
        self.assertTrue(
            self.bill.message_ids.filtered(
                lambda m: "accepted this self-billed document" in m.body
            )
        )
        page = self.url_open(self.bill.get_portal_url()).text
        self.assertNotIn("Accept this document", page)
        self.assertIn("Accepted on", page)
        # accepted once
        self.assertEqual(self._accept_as("pm13_sb_a").status_code, 404)

    def test_another_member_cannot_accept_it_over_json_rpc(self):
        user_b = self.env["res.users"].search([("login", "=", "pm13_sb_b")])
        with self.assertRaises(AccessError):
            self.bill.with_user(user_b).action_pm_accept()
        self.assertEqual(self.bill.pm_acceptance, "pending")
        user_a = self.env["res.users"].search([("login", "=", "pm13_sb_a")])
        self.bill.with_user(user_a).action_pm_accept()
        self.assertEqual(self.bill.pm_acceptance, "accepted")

    def test_a_bill_not_objected_to_is_accepted_tacitly(self):
        Move = self.env["account.move"]
        with freeze_time("2026-11-14"):
            Move._cron_pm_tacit_acceptance()
        self.assertEqual(self.bill.pm_acceptance, "pending")
        with freeze_time("2026-11-15"):
            Move._cron_pm_tacit_acceptance()
        self.assertEqual(self.bill.pm_acceptance, "tacit")
        self.assertEqual(self.bill.pm_accepted_on, date(2026, 11, 15))

    def test_a_cancelled_settlement_credit_note_awaits_acceptance_too(self):
        self.settlement.action_cancel()
        note = self.settlement.reversal_move_id
        self.assertEqual(note.pm_acceptance, "pending")
