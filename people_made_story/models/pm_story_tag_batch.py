# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import UserError

# a batch prints on label sheets; more at once is a mistake, not a need
MAX_TAGS_PER_BATCH = 2000


class PmStoryTagBatch(models.Model):
    """A batch of tags printed together, e.g. for a roll of wrapping textile."""

    _name = "pm.story.tag.batch"
    _description = "Batch of Story Tags"
    _order = "id desc"

    name = fields.Char(required=True, default=lambda self: self.env._("New batch"))
    product_tmpl_id = fields.Many2one(
        "product.template",
        string="Product",
        help="The product every tag of the batch is linked to, if they all are.",
    )
    quantity = fields.Integer(default=21, help="How many tags to make.")
    gift_deadline = fields.Date(
        string="Messages Until",
        help="For wrapping textile: after this day, no one can leave a gift "
        "message behind these tags.",
    )
    tag_ids = fields.One2many("pm.story.tag", "batch_id", string="Tags")
    tag_count = fields.Integer(compute="_compute_tag_count")

    _check_quantity = models.Constraint(
        "CHECK(quantity > 0)", "A batch has at least one tag."
    )

    @api.depends("tag_ids")
    def _compute_tag_count(self):
        for batch in self:
            batch.tag_count = len(batch.tag_ids)

    def action_generate(self):
        """Make the batch's tags, each with its own unguessable code."""
        for batch in self:
            if batch.tag_ids:
                raise UserError(
                    self.env._("The tags of %(batch)s exist already.", batch=batch.name)
                )
            if not 0 < batch.quantity <= MAX_TAGS_PER_BATCH:
                raise UserError(
                    self.env._(
                        "A batch has between 1 and %(max)s tags.",
                        max=MAX_TAGS_PER_BATCH,
                    )
                )
            self.env["pm.story.tag"].create(
                [
                    {
                        "batch_id": batch.id,
                        "product_tmpl_id": batch.product_tmpl_id.id,
                        "gift_deadline": batch.gift_deadline,
                    }
                    for _i in range(batch.quantity)
                ]
            )
        return True

    def action_print_labels(self):
        return self.env.ref(
            "people_made_story.action_report_pm_story_tags"
        ).report_action(self.tag_ids, config=False)
