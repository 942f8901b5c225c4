# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import models


class StockPicking(models.Model):
    _inherit = "stock.picking"

    def _pm_gift_tags(self):
        """The tags of the gift messages this delivery carries: the maker
        prints them and ties them to the textile it ships."""
        return self.move_ids.sale_line_id.sudo().pm_gift_message_ids.tag_id
