# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import math

from odoo import api, fields, models
from odoo.exceptions import UserError


class PmLabelPrintWizard(models.TransientModel):
    _name = "pm.label.print.wizard"
    _description = "Print People Made Labels"

    layout = fields.Selection(
        [
            ("3x7", "A4 sheet, 3 × 7 labels of 63.5 × 38.1 mm"),
            ("2x7", "A4 sheet, 2 × 7 labels of 99.1 × 38.1 mm"),
            ("zpl", "Thermal printer (ZPL)"),
        ],
        required=True,
        default="3x7",
    )
    line_ids = fields.One2many(
        "pm.label.print.wizard.line", "wizard_id", string="Labels"
    )

    @api.model
    def default_get(self, fields_list):
        values = super().default_get(fields_list)
        if "line_ids" in fields_list and not values.get("line_ids"):
            values["line_ids"] = [
                (0, 0, {"product_id": product.id, "quantity": qty})
                for product, qty in self._pm_default_quantities()
            ]
        return values

    @api.model
    def _pm_default_quantities(self):
        """What to print: one label a product, or one a unit received."""
        model = self.env.context.get("active_model")
        ids = self.env.context.get("active_ids") or []
        if model == "stock.picking":
            quantities = {}
            moves = self.env["stock.picking"].browse(ids).move_ids
            for move in moves.filtered(lambda m: m.state != "cancel"):
                qty = move.product_uom._compute_quantity(
                    move.quantity or move.product_uom_qty, move.product_id.uom_id
                )
                quantities[move.product_id] = quantities.get(
                    move.product_id, 0
                ) + math.ceil(qty)
            return list(quantities.items())
        if model == "product.template":
            templates = self.env["product.template"].browse(ids)
            return [(t.product_variant_id, 1) for t in templates]
        if model == "product.product":
            return [(p, 1) for p in self.env["product.product"].browse(ids)]
        return []

    def _pm_quantities(self):
        quantities = [
            (line.product_id.id, line.quantity)
            for line in self.line_ids
            if line.quantity > 0
        ]
        if not quantities:
            raise UserError(self.env._("Choose at least one label to print."))
        return quantities

    def action_print(self):
        self.ensure_one()
        quantities = self._pm_quantities()
        if self.layout == "zpl":
            return self._pm_action_download_zpl(quantities)
        report = self.env.ref(
            f"people_made_circular.action_report_pm_label_{self.layout}"
        )
        # labels do not use the company's document layout: no need to set it up
        return report.with_context(discard_logo_check=True).report_action(
            None, data={"layout": self.layout, "quantities": quantities}
        )

    def _pm_action_download_zpl(self, quantities):
        zpl = self.env["report.people_made_circular.product_label"]._pm_zpl(quantities)
        attachment = self.env["ir.attachment"].create(
            {
                "name": "people-made-labels.zpl",
                "raw": zpl.encode(),
                "mimetype": "text/plain",
                "res_model": self._name,
                "res_id": self.id,
            }
        )
        return {
            "type": "ir.actions.act_url",
            "url": f"/web/content/{attachment.id}?download=true",
            "target": "download",
        }


class PmLabelPrintWizardLine(models.TransientModel):
    _name = "pm.label.print.wizard.line"
    _description = "People Made Labels of a Product"

    wizard_id = fields.Many2one(
        "pm.label.print.wizard", required=True, ondelete="cascade"
    )
    product_id = fields.Many2one("product.product", required=True)
    quantity = fields.Integer(string="Labels", default=1)

    _check_quantity = models.Constraint(
        "CHECK(quantity >= 0)", "The number of labels cannot be negative."
    )
