# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class ResPartner(models.Model):
    _inherit = "res.partner"

    pm_settlement_ids = fields.One2many(
        "pm.settlement", "member_id", string="Settlements"
    )
    pm_self_billing_sequence_id = fields.Many2one(
        "ir.sequence",
        string="Self-billing Sequence",
        copy=False,
        readonly=True,
        help="Numbers the self-billed invoices issued in this member's name.",
    )

    def _pm_next_self_billing_number(self):
        """The next number of this member's self-billed invoices: a gapless
        sequence per member, as the member's own invoices would be."""
        self.ensure_one()
        member = self.sudo()
        if not member.pm_self_billing_sequence_id:
            member.pm_self_billing_sequence_id = self.env["ir.sequence"].create(
                {
                    "name": self.env._("Self-billing %(member)s", member=member.name),
                    "code": f"pm.self.billing.{member.id}",
                    "prefix": f"SB/{member.id}/%(year)s/",
                    "padding": 4,
                    "implementation": "no_gap",
                    "company_id": False,
                }
            )
        return member.pm_self_billing_sequence_id.next_by_id()
