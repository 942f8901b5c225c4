# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import date

from odoo.fields import Command

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
    def _invoice(
        cls, lines, move_type="out_invoice", team=None, day=None, currency=None
    ):
        """A posted customer invoice of [(product, qty, price, discount)]."""
        move = cls.env["account.move"].create(
            {
                "move_type": move_type,
                "currency_id": (currency or cls.env.company.currency_id).id,
                "partner_id": cls.customer.id,
                "invoice_date": day or date(2026, 10, 15),
                "team_id": (team or cls.webshop).id,
                "invoice_line_ids": [
                    Command.create(
                        {
                            "product_id": product.id,
                            "quantity": qty,
                            "price_unit": price,
                            "discount": discount,
                            "tax_ids": [Command.clear()],
                        }
                    )
                    for product, qty, price, discount in lines
                ],
            }
        )
        move.action_post()
        return move

    def _run(self, date_from=None, date_to=None):
        """Run the settlements; return those of this test's members (a
        database with demo data has other members' sales too)."""
        settlements = self.env["pm.settlement"]._pm_run(
            date_from or self.d_from, date_to or self.d_to
        )
        return settlements.filtered(
            lambda s: s.member_id in self.member_a | self.member_b
        ).sorted(lambda s: s.member_id.name)
