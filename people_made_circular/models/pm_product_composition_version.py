# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.fields import Command


class PmProductCompositionVersion(models.Model):
    """A product's weight and composition as they were from a day on.

    Written whenever either changes, read by the waste-diverted report: a
    sale counts with the version valid on its day, so past figures do not
    move when a product is edited."""

    _name = "pm.product.composition.version"
    _description = "Product Composition Version"
    _order = "product_tmpl_id, date_from desc"

    product_tmpl_id = fields.Many2one(
        "product.template",
        string="Product",
        required=True,
        index=True,
        ondelete="cascade",
    )
    date_from = fields.Date(
        string="Valid from",
        help="Empty for the first version: it is valid for every earlier sale.",
    )
    weight = fields.Float(digits="Stock Weight")
    line_ids = fields.One2many(
        "pm.product.composition.version.line", "version_id", string="Materials"
    )

    _unique_day = models.UniqueIndex(
        "(product_tmpl_id, COALESCE(date_from, '0001-01-01'::date))",
        "A product has one composition version a day.",
    )

    @api.model
    def _pm_snapshot(self, products):
        """Record the products' weight and composition as valid from today
        (the company's day); the first version of a product is valid since
        always."""
        products = products.exists()
        if not products:
            return self
        today = self.env.company._pm_today()
        versions = self.search(
            [("product_tmpl_id", "in", products.ids)],
            order="date_from desc nulls last, id desc",
        )
        for product in products:
            latest = versions.filtered(lambda v, p=product: v.product_tmpl_id == p)[:1]
            lines = [
                Command.create(
                    {
                        "material_id": line.material_id.id,
                        "share": line.share,
                        "origin": line.origin,
                        "supplier_id": line.supplier_id.id,
                    }
                )
                for line in product.pm_composition_ids
            ]
            edited_today = latest and (
                latest.date_from == today
                # a product set up today: its first version stays valid
                # since always
                or (not latest.date_from and latest.create_date.date() >= today)
            )
            if edited_today:
                latest.write(
                    {"weight": product.weight, "line_ids": [Command.clear(), *lines]}
                )
            else:
                self.create(
                    {
                        "product_tmpl_id": product.id,
                        "date_from": today if latest else False,
                        "weight": product.weight,
                        "line_ids": lines,
                    }
                )
        return True
