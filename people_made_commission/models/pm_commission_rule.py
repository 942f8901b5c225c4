# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

DISCOUNT_BEARERS = [
    ("member", "The member"),
    ("people_made", "People Made"),
    ("shared", "Shared (half each)"),
]


class PmCommissionRule(models.Model):
    """A commission rate for some of the sold lines.

    The most specific rule matching a line wins: one for its member before one
    for its channel before one for its product category (a deeper category
    before its parents); among equals the lowest sequence. Without a match the
    company's default rate applies."""

    _name = "pm.commission.rule"
    _description = "Commission Rule"
    _order = "sequence, id"

    name = fields.Char(compute="_compute_name", store=True, readonly=False)
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    member_id = fields.Many2one(
        "res.partner",
        index=True,
        domain=[("is_pm_member", "=", True)],
        help="Empty: every member.",
    )
    team_id = fields.Many2one(
        "crm.team",
        string="Sales Channel",
        index=True,
        help="Empty: every channel.",
    )
    categ_id = fields.Many2one(
        "product.category",
        string="Product Category",
        help="Also applies to its sub-categories. Empty: every category.",
    )
    date_from = fields.Date(string="Valid From")
    date_to = fields.Date(string="Valid Until")
    rate = fields.Float(string="Commission (%)", digits=(5, 2), required=True)
    fixed_fee = fields.Monetary(
        string="Fixed Fee per Item",
        currency_field="currency_id",
        help="Commission per item sold, on top of the rate.",
    )
    discount_bearer = fields.Selection(
        DISCOUNT_BEARERS,
        string="Discount Borne by",
        default="member",
        required=True,
        help="The member: the commission is taken on the discounted price. "
        "People Made: the member is paid as if there were no discount. Shared: "
        "the member is paid as if half the discount had been given.",
    )

    _check_rate = models.Constraint(
        "CHECK(rate >= 0 AND rate <= 100)",
        "A commission is between 0 % and 100 %.",
    )
    _check_fixed_fee = models.Constraint(
        "CHECK(fixed_fee >= 0)", "A fixed fee cannot be negative."
    )
    _check_dates = models.Constraint(
        "CHECK(date_from IS NULL OR date_to IS NULL OR date_from <= date_to)",
        "A rule cannot end before it starts.",
    )

    @api.depends("member_id", "team_id", "categ_id", "rate")
    def _compute_name(self):
        for rule in self:
            scope = [
                record.display_name
                for record in (rule.member_id, rule.team_id, rule.categ_id)
                if record
            ]
            rule.name = "%s %%: %s" % (
                f"{rule.rate:g}",
                ", ".join(scope) or self.env._("everything"),
            )

    @api.constrains("rate", "fixed_fee", "date_from", "date_to")
    def _check_values(self):
        # the SQL constraints hold the line; these say it in the user's language
        for rule in self:
            if not 0 <= rule.rate <= 100:
                raise ValidationError(
                    self.env._("A commission is between 0 % and 100 %.")
                )
            if rule.fixed_fee < 0:
                raise ValidationError(self.env._("A fixed fee cannot be negative."))
            if rule.date_from and rule.date_to and rule.date_from > rule.date_to:
                raise ValidationError(self.env._("A rule cannot end before it starts."))
