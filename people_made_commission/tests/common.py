# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import date

from odoo.addons.people_made_vendor.tests.common import PeopleMadeCase


class CommissionCase(PeopleMadeCase):
    """Members A (VAT-registered) and B (small-enterprise franchise), both
    with a bank account; a webshop and a shop channel; 25 % by default."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company = cls.env.company
        cls.company.write(
            {
                "pm_legal_model": "commissionaire",
                "pm_commission_rate": 25.0,
                "pm_payout_minimum": 0.0,
            }
        )
        cls.member_b.pm_vat_regime = "franchise"
        # both signed the self-billing agreement the law requires
        (cls.member_a | cls.member_b).pm_self_billing_agreement_date = date(2026, 1, 1)
        for member, iban in (
            (cls.member_a, "BE68539007547034"),
            (cls.member_b, "BE71096123456769"),
        ):
            cls.env["res.partner.bank"].create(
                {"partner_id": member.id, "acc_number": iban}
            )
        Team = cls.env["crm.team"]
        cls.webshop = Team.create({"name": "Webshop", "pm_channel_kind": "webshop"})
        cls.maakbar = Team.create({"name": "MAAKBAR", "pm_channel_kind": "shop"})
        cls.d_from, cls.d_to = date(2026, 10, 1), date(2026, 10, 31)

    @classmethod
    def _invoice(cls, lines, move_type="out_invoice", team=None, **kwargs):
        """As PeopleMadeCase's, sold on the webshop unless said otherwise."""
        return super()._invoice(lines, move_type, team=team or cls.webshop, **kwargs)

    def _run(self, date_from=None, date_to=None):
        """Run the settlements; return those of this test's members (a
        database with demo data has other members' sales too)."""
        settlements = self.env["pm.settlement"]._pm_run(
            date_from or self.d_from, date_to or self.d_to
        )
        return settlements.filtered(
            lambda s: s.member_id in self.member_a | self.member_b
        ).sorted(lambda s: s.member_id.name)
