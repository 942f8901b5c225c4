# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import models


class StockLot(models.Model):
    _inherit = "stock.lot"

    def _pm_delivered(self):
        """These lots that are at a customer's now (shipped and not returned):
        a serial number there cannot be shipped again."""
        if not self:
            return self
        quants = (
            self.env["stock.quant"]
            .sudo()
            .search(
                [
                    ("lot_id", "in", self.ids),
                    ("location_id.usage", "=", "customer"),
                    ("quantity", ">", 0),
                ]
            )
        )
        return quants.lot_id & self
