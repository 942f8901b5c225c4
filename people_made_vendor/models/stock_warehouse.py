# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import logging

from odoo import models
from odoo.exceptions import UserError

_logger = logging.getLogger(__name__)


class StockWarehouse(models.Model):
    _inherit = "stock.warehouse"

    def _prepare_pickup_location_data(self):
        """A shop whose address cannot be geolocated right now (the geocoding
        service is down or unreachable) must not break the shop's product
        and checkout pages: it is left out of the pick-up map this time and
        geolocated again on the next visit."""
        try:
            with self.env.cr.savepoint():
                return super()._prepare_pickup_location_data()
        except UserError as error:
            _logger.warning(
                "Pick-up location %s left out: geolocation failed: %s",
                self.display_name,
                error,
            )
            return {}
