# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models


class PmCircularImpact(models.Model):
    """Kilograms of waste diverted by sales: per invoiced line and material.

    Counted from posted customer invoices and credit notes (a refund takes its
    kilograms back), in the product's unit, times the product's weight and the
    reclaimed share of each material. Point of Sale orders join when the Point
    of Sale addon invoices or reports them."""

    _name = "pm.circular.impact"
    _description = "Waste Diverted by Sales"
    _auto = False
    _order = "date desc"

    date = fields.Date(readonly=True)
    company_id = fields.Many2one("res.company", readonly=True)
    move_id = fields.Many2one("account.move", string="Invoice", readonly=True)
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
        help="Counted once per invoice line, on its first reclaimed material.",
    )
    diverted_kg = fields.Float(
        string="Waste Diverted (kg)", readonly=True, digits=(16, 3)
    )

    @property
    def _table_query(self):
        return """
            SELECT
                ROW_NUMBER() OVER (ORDER BY aml.id, comp.id) AS id,
                am.invoice_date AS date,
                am.company_id AS company_id,
                am.id AS move_id,
                pt.id AS product_tmpl_id,
                pt.pm_member_id AS member_id,
                comp.material_id AS material_id,
                split_part(mat.parent_path, '/', 1)::integer AS waste_stream_id,
                comp.supplier_id AS supplier_id,
                -- a product of several reclaimed materials has a row per
                -- material; its units count on the first one only
                CASE WHEN ROW_NUMBER() OVER (
                    PARTITION BY aml.id ORDER BY comp.id
                ) = 1 THEN units.quantity ELSE 0 END AS quantity,
                units.quantity * COALESCE(pt.weight, 0) * comp.share / 100.0
                    AS diverted_kg
            FROM account_move_line aml
            JOIN account_move am ON am.id = aml.move_id
            JOIN product_product pp ON pp.id = aml.product_id
            JOIN product_template pt ON pt.id = pp.product_tmpl_id
            JOIN pm_product_composition comp
                ON comp.product_tmpl_id = pt.id AND comp.origin = 'reclaimed'
            JOIN pm_material mat ON mat.id = comp.material_id
            JOIN uom_uom line_uom ON line_uom.id = aml.product_uom_id
            JOIN uom_uom product_uom ON product_uom.id = pt.uom_id
            CROSS JOIN LATERAL (
                SELECT
                    CASE WHEN am.move_type = 'out_refund' THEN -1 ELSE 1 END
                    * aml.quantity * line_uom.factor / product_uom.factor
                    AS quantity
            ) units
            WHERE am.state = 'posted'
              AND am.move_type IN ('out_invoice', 'out_refund')
              AND aml.display_type = 'product'
        """

    @api.model
    def _pm_totals(self, domain, groupby):
        """Diverted kilograms summed by ``groupby`` (a field name)."""
        return dict(self._read_group(domain, [groupby], ["diverted_kg:sum"]))
