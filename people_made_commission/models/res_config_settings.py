# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    pm_legal_model = fields.Selection(
        related="company_id.pm_legal_model", readonly=False
    )
    pm_commission_rate = fields.Float(
        related="company_id.pm_commission_rate", readonly=False
    )
    pm_payout_minimum = fields.Monetary(
        related="company_id.pm_payout_minimum", readonly=False
    )
    pm_self_billing_journal_id = fields.Many2one(
        related="company_id.pm_self_billing_journal_id", readonly=False
    )
    pm_fee_vat_treatment = fields.Selection(
        related="company_id.pm_fee_vat_treatment", readonly=False
    )
    pm_fee_vatex_code = fields.Selection(
        related="company_id.pm_fee_vatex_code", readonly=False
    )
    pm_fee_payment_term_id = fields.Many2one(
        related="company_id.pm_fee_payment_term_id", readonly=False
    )
    pm_self_billing_acceptance_days = fields.Integer(
        related="company_id.pm_self_billing_acceptance_days", readonly=False
    )
