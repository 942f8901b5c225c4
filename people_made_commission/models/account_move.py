# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import models
from odoo.exceptions import UserError


class AccountMove(models.Model):
    _inherit = "account.move"

    def button_draft(self):
        # a settled sale changed afterwards would no longer match what the
        # member was paid: its settlement is cancelled first
        sales = self.env["pm.sales.ledger"].sudo().search([("move_id", "in", self.ids)])
        settled = (
            self.env["pm.settlement.line"]
            .sudo()
            .search(
                [("ledger_id", "in", sales.ids), ("cancelled", "=", False)],
                limit=1,
            )
        )
        if settled:
            raise UserError(
                self.env._(
                    "%(invoice)s is settled with a member in %(settlement)s: "
                    "cancel that settlement before changing the invoice.",
                    invoice=settled.move_line_id.move_id.display_name,
                    settlement=settled.settlement_id.display_name,
                )
            )
        return super().button_draft()
