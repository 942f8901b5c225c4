# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from werkzeug.exceptions import NotFound

from odoo import http
from odoo.exceptions import UserError
from odoo.http import request

from odoo.addons.people_made_vendor.controllers.portal import PeopleMadeMemberPortal


class PeopleMadeBasketPortal(PeopleMadeMemberPortal):
    """*To send to the hub*: the items of basket campaigns a member sends to
    the hub that assembles the baskets."""

    def _prepare_home_portal_values(self, counters):
        values = super()._prepare_home_portal_values(counters)
        if "pm_hub_count" in counters:
            values["pm_hub_count"] = len(self._pm_hub_transfers())
        return values

    def _pm_hub_transfers(self):
        """The member's transfers to a hub still to send or to receive, under
        the user's own rules."""
        members = request.env.user.pm_member_ids
        if not members:
            return request.env["stock.picking"]
        return request.env["stock.picking"].search(
            [
                ("pm_hub_sender_id", "in", members.ids),
                ("state", "not in", ("done", "cancel", "draft")),
            ],
            order="scheduled_date, id",
        )

    @http.route("/my/pm/hub", type="http", auth="user", website=True)
    def pm_hub(self, sent=None, error=None, **kw):
        self._pm_members()
        values = self._prepare_portal_layout_values()
        values.update(
            {
                "page_name": "pm_hub",
                "transfers": self._pm_hub_transfers(),
                "sent": sent,
                "error": error,
            }
        )
        return request.render(
            "people_made_basket.portal_my_pm_hub", values, status=400 if error else 200
        )

    @http.route(
        "/my/pm/hub/<int:picking_id>/sent",
        type="http",
        auth="user",
        methods=["POST"],
        website=True,
    )
    def pm_hub_sent(self, picking_id, **kw):
        # found under the user's rules: another member's transfer is not
        picking = request.env["stock.picking"].search(
            [
                ("id", "=", picking_id),
                ("pm_hub_sender_id", "in", self._pm_members().ids),
            ]
        )
        if not picking:
            raise NotFound()
        try:
            picking.sudo().action_pm_mark_sent_to_hub()
        except UserError as error:
            request.env.cr.rollback()
            return self.pm_hub(error=str(error.args[0]))
        return request.redirect(f"/my/pm/hub?sent={picking.name}")
