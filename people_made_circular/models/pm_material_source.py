# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class PmMaterialSource(models.Model):
    _name = "pm.material.source"
    _description = "Material Chain"
    _order = "material_id, supplier_id"

    material_id = fields.Many2one("pm.material", required=True, index=True)
    supplier_id = fields.Many2one(
        "res.partner",
        string="Supplied by",
        required=True,
        index=True,
        help="The member or outside partner that collects this waste stream.",
    )
    processor_id = fields.Many2one(
        "res.partner",
        string="Processed by",
        index=True,
        domain=[("is_pm_member", "=", True)],
        help="The member that turns the material into products.",
    )
    note = fields.Text(translate=True)
    active = fields.Boolean(default=True)
