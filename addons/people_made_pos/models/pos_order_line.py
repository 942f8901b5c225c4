# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models


class PosOrderLine(models.Model):
    _inherit = "pos.order.line"

    # stored: reports and settlements group by the maker as it was when sold
    pm_member_id = fields.Many2one(
        "res.partner",
        string="Maker",
        compute="_compute_pm_member_id",
        store=True,
        index="btree_not_null",
    )

    @api.depends("product_id")
    def _compute_pm_member_id(self):
        for line in self:
            line.pm_member_id = line.product_id.product_tmpl_id.pm_member_id
