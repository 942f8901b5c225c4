# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models

# The taxes People Made creates itself, one per company and role: the 0 %
# purchase taxes of the self-billed bills of members without VAT, and the
# sale taxes of membership fees exempt from or outside the scope of VAT.
PM_TAX_ROLES = [
    ("purchase_franchise", "Self-billing, small-enterprise franchise"),
    ("purchase_exempt", "Self-billing, exempt member"),
    ("fee_exempt", "Membership fee, exempt"),
    ("fee_outside", "Membership fee, outside the scope of VAT"),
]


class AccountTax(models.Model):
    _inherit = "account.tax"

    pm_role = fields.Selection(
        PM_TAX_ROLES,
        string="People Made Role",
        copy=False,
        readonly=True,
        index="btree_not_null",
        help="Set on the taxes People Made creates for its self-billed bills "
        "and membership fees: they are found by it, one per company and role.",
    )

    _pm_role_unique = models.UniqueIndex(
        "(company_id, pm_role) WHERE pm_role IS NOT NULL",
        "A company has one tax per People Made role.",
    )
