# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, models


class AccountMove(models.Model):
    _inherit = "account.move"

    @api.model
    def _pm_demo_cancel_odoo_samples(self):
        """Odoo's sample invoices in Oostrem (office furniture for Azure
        Interior and Acme) are not the network's sales: cancelled, so that
        the sales ledger, the settlement and the reports of a new database
        show People Made's own sales only."""
        company = self.env["product.template"]._pm_demo_company()
        samples = self.search(
            [
                ("company_id", "=", company.id),
                ("move_type", "in", ("out_invoice", "out_refund")),
                ("state", "=", "posted"),
            ]
        ).filtered(lambda move: not move.invoice_line_ids.pm_member_id)
        # paid ones are unreconciled first: a cancelled invoice holds nothing
        samples.line_ids.remove_move_reconcile()
        samples.button_draft()
        samples.button_cancel()
