# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError


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

    pm_self_billing_acceptance_days = fields.Integer(
        string="Tacit Acceptance (days)",
        default=15,
        help="A member that does not object to a self-billed bill within "
        "this many days after its date accepts it tacitly, as the "
        "self-billing agreement says.",
    )
    pm_fee_vat_treatment = fields.Selection(
        [
            ("vat", "21% VAT"),
            ("exempt", "Exempt from VAT"),
            ("outside", "Outside the scope of VAT"),
        ],
        string="VAT on Membership Fees",
        default="outside",
        required=True,
        help="How People Made's accountant treats the membership fees: each fee "
        "invoice line carries the matching tax, as Peppol requires.",
    )
    pm_fee_vatex_code = fields.Selection(
        selection="_pm_vatex_codes",
        string="Exemption Code of Fees",
        default="VATEX-EU-132-1L",
        help="The VATEX code Peppol shows for fees exempt from VAT (article "
        "132(1)(l) of the VAT directive: services of non-profit organisations "
        "to their members).",
    )
    pm_fee_payment_term_id = fields.Many2one(
        "account.payment.term",
        string="Payment Term of Fees",
        help="The due date of membership fee invoices; 30 days when empty.",
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

    @api.model
    def _pm_vatex_codes(self):
        # the exemption codes Odoo knows for Peppol, as on a tax
        field = self.env["account.tax"]._fields["ubl_cii_tax_exemption_reason_code"]
        return field.selection

    def _pm_zero_purchase_tax(self, regime):
        """The 0 % purchase tax of the self-billed bills of a member under the
        small-enterprise franchise (``regime`` ``franchise``) or exempt from
        VAT (``exempt``)."""
        return self._pm_tax(f"purchase_{regime}")

    def _pm_tax(self, role):
        """The company's tax of ``role`` (see PM_TAX_ROLES), created on first
        use and found again by its role, never by its name or description
        (both are the accountant's to change).

        Peppol wants a VAT category on each line and, where one exists, the
        exemption code: E for members without VAT (the EU's VATEX list has no
        code for a national franchise), E with the company's code for exempt
        fees, O with VATEX-EU-O for fees outside the scope of VAT."""
        self.ensure_one()
        Tax = self.env["account.tax"].sudo().with_context(active_test=False)
        tax = Tax.search([("company_id", "=", self.id), ("pm_role", "=", role)])
        if tax:
            return tax
        specs = {
            "purchase_franchise": (
                self.env._("0% small-enterprise franchise (art. 56bis)"),
                "purchase",
                "E",
                False,
            ),
            "purchase_exempt": (
                self.env._("0% exempt (art. 44)"),
                "purchase",
                "E",
                "VATEX-EU-132",
            ),
            "fee_exempt": (
                self.env._("0% exempt membership fee"),
                "sale",
                "E",
                self.pm_fee_vatex_code or "VATEX-EU-132",
            ),
            "fee_outside": (
                self.env._("Membership fee outside the scope of VAT"),
                "sale",
                "O",
                "VATEX-EU-O",
            ),
        }
        name, use, category, code = specs[role]
        return Tax.create(
            {
                "name": name,
                "amount": 0.0,
                "amount_type": "percent",
                "type_tax_use": use,
                "company_id": self.id,
                "country_id": (self.account_fiscal_country_id or self.country_id).id,
                "tax_group_id": self._pm_zero_tax_group().id,
                "ubl_cii_tax_category_code": category,
                "ubl_cii_tax_exemption_reason_code": code,
                "pm_role": role,
            }
        )

    def _pm_zero_tax_group(self):
        """The tax group of People Made's 0 % taxes: that of the first one,
        or a new group."""
        self.ensure_one()
        Tax = self.env["account.tax"].sudo().with_context(active_test=False)
        sibling = Tax.search(
            [("company_id", "=", self.id), ("pm_role", "!=", False)], limit=1
        )
        if sibling.tax_group_id:
            return sibling.tax_group_id
        return (
            self.env["account.tax.group"]
            .sudo()
            .create(
                {
                    "name": self.env._("VAT 0%"),
                    "company_id": self.id,
                    "country_id": (
                        self.account_fiscal_country_id or self.country_id
                    ).id,
                }
            )
        )

    def _pm_fee_taxes(self):
        """The sale tax of membership fees, as the company's VAT treatment of
        fees says."""
        self.ensure_one()
        if self.pm_fee_vat_treatment == "exempt":
            tax = self._pm_tax("fee_exempt")
            if tax.ubl_cii_tax_exemption_reason_code != self.pm_fee_vatex_code:
                tax.sudo().ubl_cii_tax_exemption_reason_code = self.pm_fee_vatex_code
            return tax
        if self.pm_fee_vat_treatment == "outside":
            return self._pm_tax("fee_outside")
        tax = self.account_sale_tax_id
        if not (tax.amount_type == "percent" and tax.amount == 21):
            tax = self.env["account.tax"].search(
                [
                    *self.env["account.tax"]._check_company_domain(self),
                    ("type_tax_use", "=", "sale"),
                    ("amount_type", "=", "percent"),
                    ("amount", "=", 21),
                    ("price_include", "=", False),
                ],
                limit=1,
            )
        if not tax:
            raise UserError(
                self.env._(
                    "Membership fees carry 21%% VAT, but %(company)s has no 21%% "
                    "sale tax: add one, or change the VAT of membership fees in "
                    "the settings.",
                    company=self.display_name,
                )
            )
        return tax

    def _pm_fee_payment_term(self):
        self.ensure_one()
        return self.pm_fee_payment_term_id or self.env.ref(
            "account.account_payment_term_30days", raise_if_not_found=False
        )

    def _pm_misc_journal(self):
        """The miscellaneous journal of People Made's own entries (fees set
        off, what was collected in a member's name)."""
        self.ensure_one()
        return self.env["account.journal"].search(
            [("type", "=", "general"), ("company_id", "=", self.id)], limit=1
        )

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
