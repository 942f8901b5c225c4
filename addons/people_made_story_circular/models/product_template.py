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
        materials of its lines and their parents (names, paths), the chains
        of those materials, the suppliers and processors they name, and the
        company's circular threshold. Only the rows this product's page reads
        are hashed, so a cache hit costs the same however large the network's
        material catalogue grows."""
        self.ensure_one()
        self.env.flush_all()
        self.env.cr.execute(
            """
            WITH lines AS (
                SELECT c.* FROM pm_product_composition c
                 WHERE c.product_tmpl_id = %s
            ), materials AS (
                SELECT DISTINCT unnest(
                           string_to_array(rtrim(m.parent_path, '/'), '/')::int[]
                       ) AS id
                  FROM lines l JOIN pm_material m ON m.id = l.material_id
            ), sources AS (
                SELECT s.* FROM pm_material_source s
                 WHERE s.material_id IN (SELECT id FROM materials)
            )
            SELECT (SELECT md5(string_agg(l::text, ',' ORDER BY l.id)) FROM lines l),
                   (SELECT md5(string_agg(m::text, ',' ORDER BY m.id))
                      FROM pm_material m WHERE m.id IN (SELECT id FROM materials)),
                   (SELECT md5(string_agg(s::text, ',' ORDER BY s.id)) FROM sources s),
                   (SELECT md5(string_agg(p::text, ',' ORDER BY p.id))
                      FROM res_partner p
                     WHERE p.id IN (SELECT supplier_id FROM lines
                                    UNION SELECT processor_id FROM lines
                                    UNION SELECT supplier_id FROM sources
                                    UNION SELECT processor_id FROM sources)),
                   (SELECT md5(string_agg(r::text, ',' ORDER BY r.id))
                      FROM res_company r)
            """,
            (self.id,),
        )
        material = self.env.cr.fetchone()
        return (*super()._pm_story_fingerprint(), *material)
