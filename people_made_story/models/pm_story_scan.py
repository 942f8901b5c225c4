# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models


class PmStoryScan(models.Model):
    """How often a product's story was opened, per day.

    Counts per product and day, nothing about who scanned: no IP address, no
    cookie, no user agent is kept. A scan only inserts a row (concurrent scans
    never wait for each other nor conflict); a daily job merges each past
    day's rows into one."""

    _name = "pm.story.scan"
    _description = "Story Scans per Day"
    _order = "day desc"
    _rec_name = "day"

    product_tmpl_id = fields.Many2one(
        "product.template", required=True, index=True, ondelete="cascade"
    )
    member_id = fields.Many2one(related="product_tmpl_id.pm_member_id", store=True)
    tag_id = fields.Many2one("pm.story.tag", index=True, ondelete="cascade")
    day = fields.Date(required=True)
    count = fields.Integer(string="Scans", aggregator="sum")

    @api.model
    def _pm_count(self, product, tag=None):
        """Count one scan of ``product`` (through ``tag``) today, in the
        time zone of the product's company."""
        tz = (product.company_id or self.env.company)._pm_tz()
        # a scan is a statistic: the request does not wait for PostgreSQL to
        # flush its log to disk (a crash may lose the last scans, nothing
        # else; this transaction writes nothing else)
        self.env.cr.execute("SET LOCAL synchronous_commit TO OFF")
        self.env.cr.execute(
            """
            INSERT INTO pm_story_scan (product_tmpl_id, member_id, tag_id, day,
                                       count)
            VALUES (%s, %s, %s, (now() AT TIME ZONE %s)::date, 1)
            """,
            (
                product.id,
                product.pm_member_id.id or None,
                tag.id if tag else None,
                tz,
            ),
        )

    @api.model
    def _cron_pm_merge_scans(self):
        """Merge the rows of each past day into one per product and tag."""
        self.env.flush_all()
        self.env.cr.execute(
            """
            WITH merged AS (
                DELETE FROM pm_story_scan
                WHERE day < (now() AT TIME ZONE %s)::date
                RETURNING product_tmpl_id, member_id, tag_id, day, count
            )
            INSERT INTO pm_story_scan (product_tmpl_id, member_id, tag_id, day,
                                       count)
            SELECT product_tmpl_id, member_id, tag_id, day, SUM(count)
            FROM merged
            GROUP BY product_tmpl_id, member_id, tag_id, day
            """,
            # a day of the company's time zone is past
            (self.env.company._pm_tz(),),
        )
        self.invalidate_model()
