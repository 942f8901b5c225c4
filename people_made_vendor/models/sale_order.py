# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import models


class SaleOrder(models.Model):
    _inherit = "sale.order"

    def _compute_team_id(self):
        # a web order's channel is its website's team, whoever confirms it or
        # sells it: statements and the portal name one channel per shop
        web_orders = self.filtered("website_id.salesteam_id")
        res = super(SaleOrder, self - web_orders)._compute_team_id()
        for order in web_orders:
            order.team_id = order.website_id.salesteam_id
        return res

    def action_confirm(self):
        # before anything is written: a refused order stays a quotation
        self.order_line.product_id.product_tmpl_id._pm_check_sellable()
        return super().action_confirm()

    def _get_invoiceable_lines(self, final=False):
        lines = super()._get_invoiceable_lines(final=final)
        only = self.env.context.get("pm_invoice_line_ids")
        if only:
            # the credit note of one line a maker cannot supply, not the rest
            lines = lines.filtered(lambda line: line.id in only)
        return lines
