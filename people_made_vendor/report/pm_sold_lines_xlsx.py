# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models
from odoo.exceptions import AccessError


class PmSoldLinesXlsx(models.AbstractModel):
    _name = "report.people_made_vendor.sold_lines_xlsx"
    _inherit = "report.report_xlsx.abstract"
    _description = "Member's Sold Lines (XLSX)"

    def _get_objs_for_report(self, docids, data):
        members = super()._get_objs_for_report(docids, data)
        user = self.env.user
        # a member's user gets its own members' lines only, staff any member's
        if not user._is_internal() and members - user.pm_member_ids:
            raise AccessError(self.env._("You can only export your own sales."))
        return members

    def generate_xlsx_report(self, workbook, data, objs):
        data = data or {}
        date_from = fields.Date.to_date(data.get("date_from"))
        date_to = fields.Date.to_date(data.get("date_to"))
        bold = workbook.add_format({"bold": True})
        date_format = workbook.add_format({"num_format": "yyyy-mm-dd"})
        money = workbook.add_format({"num_format": "#,##0.00"})
        headers = [
            self.env._("Date"),
            self.env._("Document"),
            self.env._("Product"),
            self.env._("Quantity"),
            self.env._("Channel"),
            self.env._("Price before Discount"),
            self.env._("Amount (tax excluded)"),
        ]
        for member in objs:
            sheet = workbook.add_worksheet(member.name[:31])
            sheet.write_row(0, 0, headers, bold)
            # the sales ledger's rows: what the settlement pays and the
            # statements show, returns as negative rows
            lines = member._pm_sold_lines(date_from, date_to)
            row = 0
            for row, line in enumerate(lines, start=1):
                sheet.write_datetime(row, 0, line.date, date_format)
                sheet.write(row, 1, line.document or "")
                sheet.write(row, 2, line.product_id.display_name)
                sheet.write_number(row, 3, line.quantity)
                sheet.write(row, 4, line.team_id.name or "")
                sheet.write_number(row, 5, line.gross_amount, money)
                sheet.write_number(row, 6, line.net_amount, money)
            sheet.write(row + 1, 0, self.env._("Total"), bold)
            sheet.write_number(row + 1, 3, sum(lines.mapped("quantity")))
            sheet.write_number(row + 1, 6, sum(lines.mapped("net_amount")), money)
            sheet.set_column(0, 1, 14)
            sheet.set_column(2, 2, 40)
            sheet.set_column(3, 6, 14)
