# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models

SIZE_TIERS = [
    ("small", "Small (up to 10 people)"),
    ("medium", "Medium (11 to 50 people)"),
    ("large", "Large (over 50 people)"),
]


class PmMembershipFee(models.Model):
    """The yearly membership fee of members of a kind and/or size.

    The most specific line wins: kind and size, then kind, then size, then a
    line for every member."""

    _name = "pm.membership.fee"
    _description = "Membership Fee Schedule"
    _order = "sequence, id"

    sequence = fields.Integer(default=10)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    pm_kind = fields.Selection(
        selection=lambda self: self.env["res.partner"]._fields["pm_kind"].selection,
        string="Kind of Organisation",
        help="Empty: every kind.",
    )
    size_tier = fields.Selection(SIZE_TIERS, help="Empty: every size.")
    amount = fields.Monetary(string="Yearly Fee", required=True)

    _check_amount = models.Constraint(
        "CHECK(amount >= 0)", "A membership fee cannot be negative."
    )

    @api.model
    def _pm_fee_for(self, member, schedule=None):
        """The yearly fee of ``member`` (0 when no line matches).

        :param schedule: the company's fee lines, when the caller has them
        """
        if schedule is None:
            schedule = self.search([("company_id", "=", self.env.company.id)])
        lines = schedule.filtered(
            lambda line: (
                line.pm_kind in (False, member.pm_kind)
                and line.size_tier in (False, member.pm_size_tier)
            )
        )
        lines = lines.sorted(
            lambda line: (not line.pm_kind, not line.size_tier, line.sequence)
        )
        return lines[:1].amount
