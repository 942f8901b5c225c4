# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    pm_circular_threshold = fields.Float(
        related="company_id.pm_circular_threshold", readonly=False
    )
    pm_label_mode = fields.Selection(related="company_id.pm_label_mode", readonly=False)
