# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models
from odoo.tools import SQL, frozendict


class PmCircularImpact(models.Model):
    """Kilograms of waste diverted by sales: per row of the sales ledger and
    reclaimed material.

    Counted from the sales ledger (every channel; a return takes its
    kilograms back), in the product's unit, times the product's weight and
    the reclaimed share of each material as they were on the day of the sale
    (pm.product.composition.version)."""

    _name = "pm.circular.impact"
    _description = "Waste Diverted by Sales"
    _auto = False
    _order = "date desc"
    # the ledger's own sources are followed from it
    _depends = frozendict(
        {
            "pm.sales.ledger": [],
            "pm.product.composition.version": [
                "product_tmpl_id",
                "date_from",
                "weight",
            ],
            "pm.product.composition.version.line": [
                "version_id",
                "material_id",
                "share",
                "origin",
                "supplier_id",
            ],
            "pm.material": ["parent_path"],
        }
    )

    date = fields.Date(readonly=True)
    company_id = fields.Many2one("res.company", readonly=True)
    ledger_id = fields.Many2one("pm.sales.ledger", string="Sale", readonly=True)
    document = fields.Char(readonly=True)
    team_id = fields.Many2one("crm.team", string="Sales Channel", readonly=True)
    product_tmpl_id = fields.Many2one(
        "product.template", string="Product", readonly=True
    )
    member_id = fields.Many2one("res.partner", string="Maker", readonly=True)
    material_id = fields.Many2one("pm.material", readonly=True)
    waste_stream_id = fields.Many2one("pm.material", readonly=True)
    supplier_id = fields.Many2one("res.partner", string="Supplied by", readonly=True)
    quantity = fields.Float(
        string="Units Sold",
        readonly=True,
        help="Counted once per sale, on its first reclaimed material.",
    )
    diverted_kg = fields.Float(
        string="Waste Diverted (kg)", readonly=True, digits=(16, 3)
    )

    @property
    def _table_query(self):
        return SQL(
            """
            SELECT
                ROW_NUMBER() OVER (ORDER BY sale.id, vl.id) AS id,
                sale.date,
                sale.company_id,
                sale.id AS ledger_id,
                sale.document,
                sale.team_id,
                sale.product_tmpl_id,
                sale.member_id,
                vl.material_id,
                split_part(mat.parent_path, '/', 1)::integer AS waste_stream_id,
                vl.supplier_id,
                -- a product of several reclaimed materials has a row per
                -- material; its units count on the first one only
                CASE WHEN ROW_NUMBER() OVER (
                    PARTITION BY sale.id ORDER BY vl.id
                ) = 1 THEN sale.quantity ELSE 0 END AS quantity,
                sale.quantity * COALESCE(version.weight, 0) * vl.share / 100.0
                    AS diverted_kg
            FROM (%s) sale
            -- the product as it was on the day of the sale
            JOIN LATERAL (
                SELECT v.id, v.weight
                FROM pm_product_composition_version v
                WHERE v.product_tmpl_id = sale.product_tmpl_id
                  AND (v.date_from IS NULL OR v.date_from <= sale.date)
                ORDER BY v.date_from DESC NULLS LAST
                LIMIT 1
            ) version ON TRUE
            JOIN pm_product_composition_version_line vl
              ON vl.version_id = version.id AND vl.origin = 'reclaimed'
            JOIN pm_material mat ON mat.id = vl.material_id
            """,
            self.env["pm.sales.ledger"]._pm_ledger_query(),
        )

    @api.model
    def _pm_totals(self, domain, groupby):
        """Diverted kilograms summed by ``groupby`` (a field name)."""
        return dict(self._read_group(domain, [groupby], ["diverted_kg:sum"]))
