# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from werkzeug.exceptions import NotFound

from odoo import http
from odoo.exceptions import AccessError, MissingError
from odoo.http import request

from odoo.addons.portal.controllers.portal import CustomerPortal


class PeopleMadeStatementPortal(CustomerPortal):
    """A member's statements: its confirmed settlements, as PDF and XLSX."""

    def _prepare_home_portal_values(self, counters):
        values = super()._prepare_home_portal_values(counters)
        if "pm_statement_count" in counters:
            values["pm_statement_count"] = request.env["pm.settlement"].search_count(
                [("member_id", "in", request.env.user.pm_member_ids.ids)]
            )
        return values

    @http.route("/my/pm/statements", type="http", auth="user", website=True)
    def pm_statements(self, **kw):
        if not request.env.user.pm_member_ids:
            raise NotFound()
        values = self._prepare_portal_layout_values()
        values.update(
            {
                "page_name": "pm_statements",
                # under the portal rule: the user's members, confirmed only
                "settlements": request.env["pm.settlement"].search(
                    [("member_id", "in", request.env.user.pm_member_ids.ids)]
                ),
            }
        )
        return request.render("people_made_commission.portal_my_pm_statements", values)

    @http.route(
        "/my/pm/statements/<int:settlement_id>.<any(pdf,xlsx):kind>",
        type="http",
        auth="user",
    )
    def pm_statement_download(self, settlement_id, kind, **kw):
        # another member's settlement is not found under the user's rules
        settlement = request.env["pm.settlement"].search([("id", "=", settlement_id)])
        if not settlement:
            raise NotFound()
        report = (
            "people_made_commission.action_report_pm_statement"
            if kind == "pdf"
            else "people_made_commission.action_report_pm_statement_xlsx"
        )
        content, _kind = (
            request.env["ir.actions.report"].sudo()._render(report, settlement.ids)
        )
        mimetype = (
            "application/pdf"
            if kind == "pdf"
            else "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        )
        filename = f"{settlement._pm_statement_filename()}.{kind}"
        return request.make_response(
            content,
            headers=[
                ("Content-Type", mimetype),
                ("Content-Disposition", http.content_disposition(filename)),
            ],
        )


class PeopleMadeSelfBillingPortal(CustomerPortal):
    """A member accepts the self-billed documents People Made issued in its
    name."""

    @http.route(
        "/my/invoices/<int:invoice_id>/pm_accept",
        type="http",
        auth="user",
        methods=["POST"],
        website=True,
    )
    def pm_accept_self_billed(self, invoice_id, access_token=None, **kw):
        try:
            # the member's own documents only, under the portal's rules
            move = self._document_check_access("account.move", invoice_id, access_token)
        except (AccessError, MissingError):
            raise NotFound() from None
        if move.pm_acceptance != "pending":
            raise NotFound()
        move.action_pm_accept()
        move.message_post(
            body=request.env._(
                "%(user)s accepted this self-billed document on the portal.",
                user=request.env.user.name,
            ),
            author_id=request.env.user.partner_id.id,
        )
        return request.redirect(move.get_portal_url())
