# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class DeliveryCarrier(models.Model):
    _inherit = "delivery.carrier"

    pm_maker_carrier = fields.Boolean(
        string="Makers Ship With It",
        help="Offered to members that ship their own orders, in their portal; "
        "its tracking link (Tracking Link, with <shipmenttrackingnumber>) "
        "reaches the customer's e-mail and portal order.",
    )

    def _pm_find_maker_carrier(self, name):
        """The carrier makers ship with that is called ``name`` (as typed or
        chosen), an empty recordset for another one."""
        if not name:
            return self.browse()
        carriers = self.search([("pm_maker_carrier", "=", True)])
        return carriers.filtered(lambda c: c.name.casefold() == name.casefold())[:1]
