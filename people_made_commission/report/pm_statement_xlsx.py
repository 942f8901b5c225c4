# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import models


class PmStatementXlsx(models.AbstractModel):
    """A member's statement as a workbook: totals per channel and per product,
    then every settled line; in the member's language."""

    _name = "report.people_made_commission.statement_xlsx"
    _inherit = "report.report_xlsx.abstract"
    _description = "Member Statement (XLSX)"

    def generate_xlsx_report(self, workbook, data, objs):
        bold = workbook.add_format({"bold": True})
        money = workbook.add_format({"num_format": "#,##0.00"})
        money_bold = workbook.add_format({"num_format": "#,##0.00", "bold": True})
        day = workbook.add_format({"num_format": "yyyy-mm-dd"})
        for settlement in objs:
            # the member reads it in its own language
            settlement = settlement.with_context(lang=settlement.member_id.lang)
            _ = settlement.env._
            amounts = [_("Net Sales"), _("Commission"), _("Payout")]
            sheet = workbook.add_worksheet(settlement.member_id.name[:31])
            sheet.write(0, 0, settlement._pm_statement_filename(), bold)
            row = 2
            for title, groupby in (
                (_("Sales Channel"), "team_id"),
                (_("Product"), "product_id"),
            ):
                sheet.write_row(row, 0, [title, _("Quantity"), *amounts], bold)
                for (
                    record,
                    quantity,
                    net,
                    commission,
                    payout,
                ) in settlement._pm_statement_totals(groupby):
                    row += 1
                    sheet.write(row, 0, record.display_name or _("Other"))
                    sheet.write_number(row, 1, quantity)
                    for col, amount in enumerate((net, commission, payout), 2):
                        sheet.write_number(row, col, amount, money)
                row += 1
                sheet.write(row, 0, _("Total"), bold)
                for col, amount in enumerate(
                    (
                        settlement.net_total,
                        settlement.commission_total,
                        settlement.payout_total,
                    ),
                    2,
                ):
                    sheet.write_number(row, col, amount, money_bold)
                row += 2
            if settlement.collected_move_id:
                row = self._pm_write_payout(sheet, row, settlement, bold, money)
            sheet.write_row(
                row,
                0,
                [
                    _("Date"),
                    _("Source Document"),
                    _("Product"),
                    _("Sales Channel"),
                    _("Quantity"),
                    *amounts[:1],
                    _("Commission (%)"),
                    *amounts[1:],
                ],
                bold,
            )
            for line in settlement.sudo().line_ids:
                row += 1
                sheet.write_datetime(row, 0, line.date, day)
                sheet.write(row, 1, line.move_id.name or "")
                sheet.write(row, 2, line.product_id.display_name or "")
                sheet.write(row, 3, line.team_id.display_name or "")
                sheet.write_number(row, 4, line.quantity)
                sheet.write_number(row, 5, line.net_amount, money)
                sheet.write_number(row, 6, line.rate)
                sheet.write_number(row, 7, line.commission, money)
                sheet.write_number(row, 8, line.payout, money)
            sheet.set_column(0, 0, 30)
            sheet.set_column(1, 3, 24)
            sheet.set_column(4, 8, 14)

    def _pm_write_payout(self, sheet, row, settlement, bold, money):
        """Agent model: what was collected in the member's name, the
        commission invoice set off against it and the payments; the next
        free row."""
        _ = settlement.env._
        payout = settlement._pm_agent_payout()
        sheet.write(row, 0, _("Your payout"), bold)
        rows = [(_("Collected in your name"), payout["collected"])]
        if payout["invoice"]:
            rows.append(
                (
                    _(
                        "Commission invoice %(invoice)s (VAT included)",
                        invoice=payout["invoice"].name,
                    ),
                    -payout["commission"],
                )
            )
        rows.append((_("Due to you"), payout["due"]))
        if payout["payments"]:
            rows.append((_("Paid to you"), payout["paid"]))
        if not settlement.currency_id.is_zero(payout["residual"]):
            rows.append((_("Still to be paid"), payout["residual"]))
        for label, amount in rows:
            row += 1
            sheet.write(row, 0, label)
            sheet.write_number(row, 1, amount, money)
        return row + 2
