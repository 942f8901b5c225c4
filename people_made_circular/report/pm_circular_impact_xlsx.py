# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import models


class PmCircularImpactXlsx(models.AbstractModel):
    """The waste diverted by the chosen sales, as a workbook: totals per month,
    per waste stream and material, per maker, then the lines themselves."""

    _name = "report.people_made_circular.impact_xlsx"
    _inherit = "report.report_xlsx.abstract"
    _description = "Waste Diverted by Sales (XLSX)"

    def _pm_totals_sheet(self, workbook, name, header, groups, formats):
        sheet = workbook.add_worksheet(name[:31])
        sheet.write_row(0, 0, header, formats["bold"])
        total_units = total_kg = 0.0
        row = 0
        for row, (label, units, kg) in enumerate(groups, start=1):
            sheet.write(row, 0, label)
            sheet.write_number(row, 1, units or 0.0, formats["units"])
            sheet.write_number(row, 2, kg or 0.0, formats["kg"])
            total_units += units or 0.0
            total_kg += kg or 0.0
        sheet.write(row + 1, 0, self.env._("Total"), formats["bold"])
        sheet.write_number(row + 1, 1, total_units, formats["units_bold"])
        sheet.write_number(row + 1, 2, total_kg, formats["kg_bold"])
        sheet.set_column(0, 0, 36)
        sheet.set_column(1, 2, 18)
        return sheet

    def generate_xlsx_report(self, workbook, data, objs):
        formats = {
            "bold": workbook.add_format({"bold": True}),
            "units": workbook.add_format({"num_format": "#,##0.##"}),
            "units_bold": workbook.add_format({"num_format": "#,##0.##", "bold": True}),
            "kg": workbook.add_format({"num_format": "#,##0.000"}),
            "kg_bold": workbook.add_format({"num_format": "#,##0.000", "bold": True}),
            "date": workbook.add_format({"num_format": "yyyy-mm-dd"}),
        }
        Impact = self.env["pm.circular.impact"]
        domain = [("id", "in", objs.ids)]
        aggregates = ["quantity:sum", "diverted_kg:sum"]
        units, kg = self.env._("Units Sold"), self.env._("Waste Diverted (kg)")
        by_month = Impact._read_group(domain, ["date:month"], aggregates)
        self._pm_totals_sheet(
            workbook,
            self.env._("Per month"),
            [self.env._("Month"), units, kg],
            [(month.strftime("%Y-%m"), q, k) for month, q, k in by_month],
            formats,
        )
        # units count on a line's first material only (see the model), so
        # per material the units are those of the products it is first in
        by_material = Impact._read_group(
            domain, ["waste_stream_id", "material_id"], aggregates
        )
        self._pm_totals_sheet(
            workbook,
            self.env._("Per material"),
            [self.env._("Material"), units, kg],
            [(material.complete_name, q, k) for _stream, material, q, k in by_material],
            formats,
        )
        by_member = Impact._read_group(domain, ["member_id"], aggregates)
        self._pm_totals_sheet(
            workbook,
            self.env._("Per maker"),
            [self.env._("Maker"), units, kg],
            [
                (member.name or self.env._("No maker"), q, k)
                for member, q, k in by_member
            ],
            formats,
        )
        sheet = workbook.add_worksheet(self.env._("Lines")[:31])
        sheet.write_row(
            0,
            0,
            [
                self.env._("Date"),
                self.env._("Document"),
                self.env._("Product"),
                self.env._("Maker"),
                self.env._("Material"),
                self.env._("Supplied by"),
                units,
                kg,
            ],
            formats["bold"],
        )
        for row, line in enumerate(objs.sorted(lambda r: (r.date, r.id)), start=1):
            sheet.write_datetime(row, 0, line.date, formats["date"])
            sheet.write(row, 1, line.document or "")
            sheet.write(row, 2, line.product_tmpl_id.display_name)
            sheet.write(row, 3, line.member_id.name or "")
            sheet.write(row, 4, line.material_id.complete_name)
            sheet.write(row, 5, line.supplier_id.name or "")
            sheet.write_number(row, 6, line.quantity, formats["units"])
            sheet.write_number(row, 7, line.diverted_kg, formats["kg"])
        sheet.set_column(0, 1, 14)
        sheet.set_column(2, 5, 30)
        sheet.set_column(6, 7, 18)
