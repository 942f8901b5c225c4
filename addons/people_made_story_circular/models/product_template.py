# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import models


class ProductTemplate(models.Model):
    _inherit = "product.template"

    def _pm_label_url(self):
        """The labels' QR codes open the product's story."""
        self.ensure_one()
        return self.pm_story_url or super()._pm_label_url()
