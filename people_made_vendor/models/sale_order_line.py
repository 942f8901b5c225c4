# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import models


class SaleOrderLine(models.Model):
    _inherit = "sale.order.line"

    def _prepare_procurement_values(self):
        values = super()._prepare_procurement_values()
        maker = self.product_id.pm_member_id
        # a shopper who picks the order up in a shop gets it from that shop
        in_store = self.order_id.carrier_id.delivery_type == "in_store"
        if maker.pm_fulfilment == "ships" and not self.route_ids and not in_store:
            # the maker ships this line itself, from its own workshop
            values["route_ids"] = self.env.ref(
                "people_made_vendor.route_shipped_by_maker"
            )
        return values

    def _pm_cannot_supply(self, quantity, reason):
        """The maker cannot supply ``quantity`` of this line (in the line's
        unit): the order no longer asks for it and, when it was invoiced
        already (a paid web order is), a credit note is posted the way Odoo
        makes one from the order; staff are asked to refund the payment.

        :return: the credit note, or an empty recordset"""
        self.ensure_one()
        order = self.order_id
        locked = order.locked
        if locked:
            order.action_unlock()
        # sale_stock launches no procurement: the moves were cancelled first
        self.product_uom_qty -= quantity
        if locked:
            order.action_lock()
        refund = self.env["account.move"]
        if self.product_uom_id.compare(self.qty_invoiced, self.product_uom_qty) > 0:
            refund = order.with_context(pm_invoice_line_ids=self.ids)._create_invoices(
                final=True
            )
            refund.action_post()
        # staff follow it up: the refund of the payment, or the order
        (refund or order).activity_schedule(
            "mail.mail_activity_data_todo",
            summary=(
                self.env._("Refund the payment")
                if refund
                else self.env._("A maker cannot supply a product")
            ),
            note=self.env._(
                "%(maker)s cannot supply %(quantity)s × %(product)s: %(reason)s",
                maker=self.product_id.pm_member_id.display_name,
                quantity=f"{quantity:g}",
                product=self.product_id.display_name,
                reason=reason,
            ),
            user_id=(
                order.user_id
                or order.team_id.user_id
                or self.env.ref("base.user_admin")
            ).id,
        )
        return refund
