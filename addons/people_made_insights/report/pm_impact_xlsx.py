# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import models


class PmImpactXlsx(models.AbstractModel):
    """The impact report as a workbook: the summary first, then a sheet per
    part (the same figures as the PDF, from the wizard)."""

    _name = "report.people_made_insights.impact_xlsx"
    _inherit = "report.report_xlsx.abstract"
    _description = "Impact Report (XLSX)"

    def _pm_sheet(self, workbook, name, header, rows, formats, kinds):
        sheet = workbook.add_worksheet(name[:31])
        sheet.write_row(0, 0, header, formats["bold"])
        for row, values in enumerate(rows, start=1):
            for col, (value, kind) in enumerate(zip(values, kinds, strict=True)):
                if kind == "text":
                    sheet.write(row, col, value or "")
                else:
                    sheet.write_number(row, col, value or 0.0, formats[kind])
        sheet.set_column(0, 0, 36)
        sheet.set_column(1, len(header), 18)
        return sheet

    def generate_xlsx_report(self, workbook, data, objs):
        formats = {
            "bold": workbook.add_format({"bold": True}),
            "money": workbook.add_format({"num_format": "#,##0.00"}),
            "kg": workbook.add_format({"num_format": "#,##0.000"}),
            "percent": workbook.add_format({"num_format": "0.0%"}),
            "number": workbook.add_format({"num_format": "#,##0"}),
        }
        for wizard in objs:
            wizard = wizard.with_context(lang=wizard.lang)
            _ = wizard.env._
            f = wizard._pm_figures()
            funding, previous = f["funding"], f["funding_previous"]
            self._pm_sheet(
                workbook,
                _("Summary %(year)s", year=f["year"]),
                [_("Figure"), str(f["year"])],
                [
                    (_("Members"), len(f["members"])),
                    (_("Turnover"), f["turnover"]),
                    (_("Commission"), f["commission"]),
                    (_("Paid out to members"), f["payout"]),
                    (_("Circular share"), f["circular_share"]),
                    (_("Waste diverted (kg)"), f["diverted_kg"]),
                    (_("Story scans"), f["scan_total"]),
                    (_("Self-funding ratio"), funding["ratio"] or 0.0),
                ],
                formats,
                ["text", "money"],
            )
            # the kinds of the summary's rows differ: write them again
            sheet = workbook.worksheets()[-1]
            sheet.write_number(1, 1, len(f["members"]), formats["number"])
            sheet.write_number(5, 1, f["circular_share"], formats["percent"])
            sheet.write_number(6, 1, f["diverted_kg"], formats["kg"])
            sheet.write_number(7, 1, f["scan_total"], formats["number"])
            sheet.write_number(8, 1, funding["ratio"] or 0.0, formats["percent"])
            self._pm_sheet(
                workbook,
                _("Members"),
                [_("Member"), _("Kind of organisation")],
                f["members"],
                formats,
                ["text", "text"],
            )
            self._pm_sheet(
                workbook,
                _("Sales per channel"),
                [
                    _("Channel"),
                    _("Kind"),
                    _("Turnover"),
                    _("Commission"),
                    _("Paid out to members"),
                ],
                [
                    (
                        r["name"],
                        r["kind"],
                        r["net_amount"],
                        r["commission"],
                        r["payout"],
                    )
                    for r in f["channels"]
                ],
                formats,
                ["text", "text", "money", "money", "money"],
            )
            self._pm_sheet(
                workbook,
                _("Sales per maker"),
                [_("Maker"), _("Turnover"), _("Paid out")],
                [(r["name"], r["net_amount"], r["payout"]) for r in f["makers"]],
                formats,
                ["text", "money", "money"],
            )
            self._pm_sheet(
                workbook,
                _("Waste diverted"),
                [_("Waste stream"), _("Material"), _("Product"), _("kg")],
                [
                    (r["stream"], r["material"], r["product"].display_name, r["kg"])
                    for r in f["materials"]
                ],
                formats,
                ["text", "text", "text", "kg"],
            )
            self._pm_sheet(
                workbook,
                _("Story scans"),
                [_("Month"), _("Scans")],
                [(month.strftime("%Y-%m"), count) for month, count in f["scans"]],
                formats,
                ["text", "number"],
            )
            self._pm_sheet(
                workbook,
                _("Self-funding"),
                ["", str(f["year"] - 1), str(f["year"])],
                [
                    (_("Membership fees"), previous["fees"], funding["fees"]),
                    (_("Commission"), previous["commission"], funding["commission"]),
                    (_("Operating costs"), previous["costs"], funding["costs"]),
                    (_("Self-funding ratio"), previous["ratio"], funding["ratio"]),
                ],
                formats,
                ["text", "money", "money"],
            )
