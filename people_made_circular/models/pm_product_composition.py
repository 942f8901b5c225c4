# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class PmProductComposition(models.Model):
    _name = "pm.product.composition"
    _description = "Product Composition Line"
    _order = "product_tmpl_id, share desc, id"

    product_tmpl_id = fields.Many2one(
        "product.template",
        string="Product",
        required=True,
        index=True,
        ondelete="cascade",
    )
    material_id = fields.Many2one("pm.material", required=True, index=True)
    share = fields.Float(
        string="Share (%)",
        required=True,
        digits=(5, 2),
        help="Share of the product's weight made of this material.",
    )
    origin = fields.Selection(
        [("reclaimed", "Reclaimed"), ("virgin", "Virgin")],
        required=True,
        default="reclaimed",
    )
    supplier_id = fields.Many2one(
        "res.partner",
        string="Supplied by",
        help="The member or outside partner the material came from.",
    )
    processor_id = fields.Many2one(
        "res.partner",
        string="Processed by",
        domain=[("is_pm_member", "=", True)],
    )

    _check_share_range = models.Constraint(
        "CHECK(share > 0 AND share <= 100)",
        "A material's share of a product is more than 0 % and at most 100 %.",
    )

    @api.constrains("share", "product_tmpl_id")
    def _check_total_share(self):
        for product in self.product_tmpl_id:
            total = sum(product.pm_composition_ids.mapped("share"))
            if total > 100.0 + 1e-6:
                raise ValidationError(
                    self.env._(
                        "The materials of %(product)s add up to %(total)s %% of "
                        "its weight: at most 100 %% is possible.",
                        product=product.display_name,
                        total=f"{total:g}",
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        lines = super().create(vals_list)
        lines.product_tmpl_id._pm_invalidate_evidence()
        lines.product_tmpl_id._pm_snapshot_composition()
        return lines

    def write(self, vals):
        products = self.product_tmpl_id
        res = super().write(vals)
        (products | self.product_tmpl_id)._pm_invalidate_evidence()
        (products | self.product_tmpl_id)._pm_snapshot_composition()
        return res

    def unlink(self):
        products = self.product_tmpl_id
        res = super().unlink()
        products._pm_invalidate_evidence()
        products._pm_snapshot_composition()
        return res
