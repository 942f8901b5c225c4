# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class ResCompany(models.Model):
    _inherit = "res.company"

    pm_circular_threshold = fields.Float(
        string="Circular Threshold (%)",
        default=50.0,
        help="A product is circular when at least this share of its weight is "
        "reclaimed material and the evidence of it is recorded.",
    )
    # Directive (EU) 2024/825 bans sustainability labels not based on a
    # certification scheme: the safe mode is the default
    pm_label_mode = fields.Selection(
        [("facts", "Facts only"), ("certified", "Certified")],
        string="Circular Label Mode",
        default="facts",
        required=True,
        help="Facts only: People Made's logo has one colour on every product and "
        "circular products state their evidenced fact in words. Certified: the "
        "logo is green on products covered by a valid certificate of a "
        "certification scheme recorded in Odoo.",
    )

    _check_pm_circular_threshold = models.Constraint(
        "CHECK(pm_circular_threshold > 0 AND pm_circular_threshold <= 100)",
        "The circular threshold is more than 0 % and at most 100 %.",
    )

    def write(self, vals):
        res = super().write(vals)
        if "pm_circular_threshold" in vals:
            # the label follows the new threshold on every product at once
            products = self.env["product.template"].with_context(active_test=False)
            products = products.search([("pm_reclaimed_share", ">", 0)])
            self.env.add_to_compute(products._fields["pm_is_circular"], products)
        if "pm_label_mode" in vals:
            self.env["product.template"].invalidate_model(["pm_has_mark"])
        return res
