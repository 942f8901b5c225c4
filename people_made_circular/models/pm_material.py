# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.fields import Domain


class PmMaterial(models.Model):
    _name = "pm.material"
    _description = "Material or Waste Stream"
    _parent_store = True
    _rec_name = "complete_name"
    _rec_names_search = ("name",)
    _order = "name"

    name = fields.Char(required=True, translate=True)
    # not stored: the path is read in the reader's language (Textiel / Katoen)
    complete_name = fields.Char(compute="_compute_complete_name", recursive=True)
    parent_id = fields.Many2one(
        "pm.material", string="Kind of", index=True, ondelete="restrict"
    )
    parent_path = fields.Char(index=True)
    child_ids = fields.One2many("pm.material", "parent_id", string="Sub-kinds")
    description = fields.Text(translate=True)
    active = fields.Boolean(default=True)

    _check_name_unique = models.Constraint(
        "UNIQUE(parent_id, name)",
        "A material with this name already exists at this level.",
    )

    @api.depends("name", "parent_id.complete_name")
    @api.depends_context("lang")
    def _compute_complete_name(self):
        for material in self:
            if material.parent_id:
                material.complete_name = (
                    f"{material.parent_id.complete_name} / {material.name}"
                )
            else:
                material.complete_name = material.name

    @api.constrains("parent_id")
    def _check_parent_id(self):
        if self._has_cycle():
            raise ValidationError(self.env._("A material cannot be a kind of itself."))

    def _pm_root(self):
        """The waste stream a material belongs to (textile for denim)."""
        self.ensure_one()
        return self.browse(int(self.parent_path.split("/")[0]))

    @api.model
    def _pm_shop_counts(self, website):
        """Circular products published on the website per material, in one
        query: {material: count}, a waste stream counting its sub-kinds.

        Only reclaimed materials count: the filter shows what the circular
        products are made from."""
        products = Domain.AND(
            [
                website.sale_product_domain(),
                [("pm_is_circular", "=", True)],
            ]
        )
        product_ids = self.env["product.template"].sudo()._search(products)
        groups = (
            self.env["pm.product.composition"]
            .sudo()
            ._read_group(
                [
                    ("product_tmpl_id", "in", product_ids),
                    ("origin", "=", "reclaimed"),
                ],
                ["material_id"],
                ["product_tmpl_id:array_agg"],
            )
        )
        per_material = {}
        for material, product_tmpl_ids in groups:
            for node in self.sudo().browse(
                int(part) for part in material.parent_path.split("/") if part
            ):
                per_material.setdefault(node, set()).update(product_tmpl_ids)
        return {
            material: len(ids)
            for material, ids in sorted(
                per_material.items(), key=lambda item: item[0].complete_name
            )
        }
