# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class PmMaterial(models.Model):
    _name = "pm.material"
    _description = "Material or Waste Stream"
    _parent_store = True
    _rec_name = "complete_name"
    _order = "complete_name"

    name = fields.Char(required=True, translate=True)
    complete_name = fields.Char(
        compute="_compute_complete_name", store=True, recursive=True
    )
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
