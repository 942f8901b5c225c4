# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import date

from odoo import api, models
from odoo.fields import Command


class ProductProduct(models.Model):
    _inherit = "product.product"

    @api.model
    def _pm_membership_product(self, year):
        """The membership product of ``year`` (OCA membership), created on
        first use."""
        code = f"PM-FEE-{year}"
        product = self.search(
            [("default_code", "=", code), ("membership", "=", True)], limit=1
        )
        if not product:
            product = self.create(
                {
                    "name": self.env._("People Made membership %(year)s", year=year),
                    "default_code": code,
                    "type": "service",
                    "membership": True,
                    "membership_date_from": date(year, 1, 1),
                    "membership_date_to": date(year, 12, 31),
                    "sale_ok": False,
                    "purchase_ok": False,
                    "list_price": 0.0,
                    # the fee's tax is the company's setting, set on each
                    # invoice line, not the default sale tax
                    "taxes_id": [Command.clear()],
                }
            )
        return product
