# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class PmSalesLedger(models.Model):
    _inherit = "pm.sales.ledger"

    agreed_payout = fields.Monetary(
        readonly=True,
        help="A payout agreed beforehand (a gift basket hub's assembly "
        "fee): the settlement pays it as is, whatever the commission rules. "
        "Empty for a sale.",
    )
