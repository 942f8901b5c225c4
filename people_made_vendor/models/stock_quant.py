# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import models
from odoo.exceptions import UserError


class StockQuant(models.Model):
    _inherit = "stock.quant"

    def _apply_inventory(self, *args, **kwargs):
        self._pm_check_count_owner()
        return super()._apply_inventory(*args, **kwargs)

    def _pm_check_count_owner(self):
        """A count that finds more of a maker's product than there was
        without an owner would make ownerless stock of it: the goods are the
        maker's, so the count must say so."""
        for quant in self:
            maker = quant.product_id.pm_member_id
            if (
                maker
                and not quant.owner_id
                and quant.location_id.usage == "internal"
                and quant.inventory_diff_quantity > 0
            ):
                raise UserError(
                    self.env._(
                        "The %(product)s counted at %(location)s belong to "
                        "%(maker)s: count them with %(maker)s as owner.",
                        product=quant.product_id.display_name,
                        location=quant.location_id.display_name,
                        maker=maker.display_name,
                    )
                )
