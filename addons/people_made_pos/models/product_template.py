# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, models
from odoo.fields import Domain
from odoo.tools import SQL


class ProductTemplate(models.Model):
    _inherit = "product.template"

    @api.model
    def _load_pos_data_read(self, records, config):
        read_records = super()._load_pos_data_read(records, config)
        if read_records:
            # the maker's id only, its name comes once with the configuration;
            # read in one query: the ORM's many2one read of 5,000 products
            # alone costs a few per cent of the till's start
            self.flush_model(["pm_member_id"])
            self.env.cr.execute(
                SQL(
                    """
                    SELECT id, pm_member_id FROM product_template
                    WHERE id = ANY(%s) AND pm_member_id IS NOT NULL
                    """,
                    [record["id"] for record in read_records],
                )
            )
            makers = dict(self.env.cr.fetchall())
            for record in read_records:
                record["_pm_member_id"] = makers.get(record["id"], False)
        return read_records

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
