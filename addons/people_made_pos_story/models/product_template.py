# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, models
from odoo.tools import SQL


class ProductTemplate(models.Model):
    _inherit = "product.template"

    @api.model
    def _load_pos_data_read(self, records, config):
        read_records = super()._load_pos_data_read(records, config)
        if read_records:
            # the stored code only, the till builds the story's URL from it;
            # in one query, as people_made_pos reads the makers
            self.flush_model(["pm_story_code"])
            self.env.cr.execute(
                SQL(
                    """
                    SELECT id, pm_story_code FROM product_template
                    WHERE id = ANY(%s) AND pm_story_code IS NOT NULL
                    """,
                    [record["id"] for record in read_records],
                )
            )
            codes = dict(self.env.cr.fetchall())
            for record in read_records:
                record["_pm_story_code"] = codes.get(record["id"], False)
        return read_records
