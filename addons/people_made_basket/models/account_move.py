# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import models


class AccountMove(models.Model):
    _inherit = "account.move"

    def _post(self, soft=True):
        posted = super()._post(soft=soft)
        lines = posted.filtered(
            lambda move: move.move_type in ("out_invoice", "out_refund")
        ).invoice_line_ids.filtered(
            lambda line: line.display_type == "product" and line.product_id.pm_is_basket
        )
        if lines:
            self.env["pm.basket.share"].sudo()._pm_create_for_lines(lines)
        return posted
