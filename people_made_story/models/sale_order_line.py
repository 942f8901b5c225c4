# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class SaleOrderLine(models.Model):
    _inherit = "sale.order.line"

    pm_gift_message_ids = fields.One2many(
        "pm.gift.message", "sale_line_id", string="Gift Message"
    )

    def _pm_gift_open(self):
        """Whether the buyer can still write or change the line's message in
        the cart: a gift-message product in an order not confirmed yet."""
        self.ensure_one()
        return (
            self.product_template_id.pm_gift_message
            and self.order_id.state in ("draft", "sent")
            and not self.display_type
        )

    def _pm_write_gift(self, values):
        """The buyer writes (or rewrites) the line's message at checkout."""
        self.ensure_one()
        gift = self.sudo().pm_gift_message_ids
        if gift:
            gift.write(values)
            return gift
        return self.env["pm.gift.message"]._pm_create(
            values, sale_line_id=self.id, source="checkout"
        )
