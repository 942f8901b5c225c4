# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, models
from odoo.fields import Domain


class ProductTemplate(models.Model):
    _inherit = "product.template"

    @api.model
    def _load_pos_data_fields(self, config):
        # the maker's id only: its name comes once with the configuration
        return [*super()._load_pos_data_fields(config), "pm_member_id"]

    @api.model
    def _load_pos_data_domain(self, data, config):
        domain = super()._load_pos_data_domain(data, config)
        if config.pm_channel_kind == "market":
            # a market stall offers the products of the members present that
            # day (and People Made's own)
            domain = Domain.AND(
                [
                    domain,
                    Domain("pm_member_id", "in", config._pm_members_present().ids)
                    | Domain("pm_member_id", "=", False),
                ]
            )
        return domain
