# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import models


class ProductTemplate(models.Model):
    _inherit = "product.template"

    def _pm_label_url(self):
        """The labels' QR codes open the product's story."""
        self.ensure_one()
        return self.pm_story_url or super()._pm_label_url()

    def _pm_story_fingerprint(self):
        """The story tells the material's journey: its page changes with the
        product's composition (a line added, changed or removed), the
        materials and their chains, and the company's circular threshold."""
        self.ensure_one()
        self.env.flush_all()
        self.env.cr.execute(
            """
            SELECT (SELECT md5(string_agg(c::text, ',' ORDER BY c.id))
                      FROM pm_product_composition c
                     WHERE c.product_tmpl_id = %s),
                   (SELECT md5(string_agg(m::text, ',' ORDER BY m.id))
                      FROM pm_material m),
                   (SELECT md5(string_agg(s::text, ',' ORDER BY s.id))
                      FROM pm_material_source s),
                   (SELECT md5(string_agg(r::text, ',' ORDER BY r.id))
                      FROM res_company r)
            """,
            (self.id,),
        )
        material = self.env.cr.fetchone()
        return (*super()._pm_story_fingerprint(), *material)
