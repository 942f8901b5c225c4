# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, models


class PmSettlement(models.Model):
    _inherit = "pm.settlement"

    @api.model
    def _pm_ledger_source_columns(self):
        # a settled line of the till links to its till line
        return [*super()._pm_ledger_source_columns(), "pos_order_line_id"]
