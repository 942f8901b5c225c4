# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class PmProductCompositionVersionLine(models.Model):
    _name = "pm.product.composition.version.line"
    _description = "Product Composition Version Line"
    _order = "version_id, id"

    version_id = fields.Many2one(
        "pm.product.composition.version",
        required=True,
        index=True,
        ondelete="cascade",
    )
    material_id = fields.Many2one("pm.material", required=True)
    share = fields.Float(string="Share (%)", digits=(5, 2))
    origin = fields.Selection(
        [("reclaimed", "Reclaimed"), ("virgin", "Virgin")], required=True
    )
    supplier_id = fields.Many2one("res.partner", string="Supplied by")
