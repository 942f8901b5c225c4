# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models


class PmStoryScan(models.Model):
    """How often a product's story was opened, per day.

    A counter per product and day, nothing about who scanned: no IP address,
    no cookie, no user agent is kept."""

    _name = "pm.story.scan"
    _description = "Story Scans per Day"
    _order = "day desc"
    _rec_name = "day"

    product_tmpl_id = fields.Many2one(
        "product.template", required=True, index=True, ondelete="cascade"
    )
    member_id = fields.Many2one(related="product_tmpl_id.pm_member_id", store=True)
    day = fields.Date(required=True)
    count = fields.Integer(string="Scans", aggregator="sum")

    _unique_day = models.Constraint(
        "UNIQUE(product_tmpl_id, day)", "One counter per product and day."
    )

    @api.model
    def _pm_count(self, product):
        """Count one scan of ``product`` today, in one statement: concurrent
        scans add up instead of overwriting each other."""
        self.env.cr.execute(
            """
            INSERT INTO pm_story_scan (product_tmpl_id, member_id, day, count)
            VALUES (%s, %s, (now() at time zone 'UTC')::date, 1)
            ON CONFLICT (product_tmpl_id, day)
            DO UPDATE SET count = pm_story_scan.count + 1
            """,
            (product.id, product.pm_member_id.id or None),
        )
