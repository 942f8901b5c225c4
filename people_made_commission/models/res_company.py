# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class ResCompany(models.Model):
    _inherit = "res.company"

    pm_legal_model = fields.Selection(
        [
            ("commissionaire", "Commissionaire (sells in its own name)"),
            ("agent", "Agent (sells in the member's name)"),
        ],
        string="Legal Model",
        default="commissionaire",
        required=True,
        help="Commissionaire: the customer's invoice is People Made's and each "
        "member is paid through a self-billed vendor bill. Agent: People Made "
        "invoices its commission to the member.",
    )
    pm_commission_rate = fields.Float(
        string="Default Commission (%)",
        default=25.0,
        digits=(5, 2),
        help="Applies when no commission rule matches a sold line.",
    )
    pm_payout_minimum = fields.Monetary(
        string="Minimum Payout",
        currency_field="currency_id",
        help="A member's payout below this amount carries forward to the next "
        "settlement run.",
    )
    pm_self_billing_journal_id = fields.Many2one(
        "account.journal",
        string="Self-billing Journal",
        domain="[('type', '=', 'purchase'), ('company_id', '=', id)]",
        help="The purchase journal of the self-billed vendor bills; created on "
        "the first settlement when empty.",
    )

    _check_pm_commission_rate = models.Constraint(
        "CHECK(pm_commission_rate >= 0 AND pm_commission_rate <= 100)",
        "The default commission is between 0 % and 100 %.",
    )

    @api.constrains("pm_commission_rate")
    def _check_pm_commission_rate_range(self):
        # the same rule as the SQL constraint, with a translated message
        for company in self:
            if not 0 <= company.pm_commission_rate <= 100:
                raise ValidationError(
                    self.env._("A commission is between 0 % and 100 %.")
                )

    def _pm_zero_purchase_tax(self, regime):
        """The 0 % purchase tax of the self-billed bills of a member under the
        small-enterprise franchise or exempt from VAT, created on first use:
        Peppol wants the category E (exempt) and, where one exists, the
        exemption code on each line."""
        self.ensure_one()
        names = {
            "franchise": self.env._("0% small-enterprise franchise (art. 56bis)"),
            "exempt": self.env._("0% exempt (art. 44)"),
        }
        Tax = self.env["account.tax"].sudo().with_context(active_test=False)
        tax = Tax.search(
            [
                ("company_id", "=", self.id),
                ("type_tax_use", "=", "purchase"),
                ("amount", "=", 0),
                ("ubl_cii_tax_category_code", "=", "E"),
                ("description", "=", f"PM-{regime}"),
            ],
            limit=1,
        )
        if not tax:
            tax = Tax.create(
                {
                    "name": names[regime],
                    "description": f"PM-{regime}",
                    "amount": 0.0,
                    "amount_type": "percent",
                    "type_tax_use": "purchase",
                    "company_id": self.id,
                    "ubl_cii_tax_category_code": "E",
                    # the EU's VATEX list has no code for a national franchise
                    "ubl_cii_tax_exemption_reason_code": "VATEX-EU-132"
                    if regime == "exempt"
                    else False,
                }
            )
        return tax

    def _pm_self_billing_journal(self):
        self.ensure_one()
        if not self.pm_self_billing_journal_id:
            self.sudo().pm_self_billing_journal_id = (
                self.env["account.journal"]
                .sudo()
                .create(
                    {
                        "name": self.env._("Self-billing"),
                        "code": "SELF",
                        "type": "purchase",
                        # Odoo numbers its bills per member and sends them
                        # over Peppol as self-billing invoices
                        "is_self_billing": True,
                        "company_id": self.id,
                    }
                )
            )
        return self.pm_self_billing_journal_id
