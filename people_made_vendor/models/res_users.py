# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models


class ResUsers(models.Model):
    _inherit = "res.users"

    pm_member_ids = fields.Many2many(
        "res.partner",
        "res_users_pm_member_rel",
        "user_id",
        "partner_id",
        string="Acts for Members",
        domain=[("is_pm_member", "=", True)],
        help="The member organisations whose records this portal user sees and "
        "manages. By default, the member the user's contact belongs to.",
    )

    @api.model_create_multi
    def create(self, vals_list):
        users = super().create(vals_list)
        for user in users:
            member = user.partner_id.commercial_partner_id
            if not user.pm_member_ids and member.is_pm_member:
                user.pm_member_ids = member
        return users

    def _pm_portal_deliveries(self):
        """The deliveries this user's members still have to ship."""
        self.ensure_one()
        return self.env["stock.picking"].search(
            [
                ("pm_member_id", "in", self.pm_member_ids.ids),
                ("state", "not in", ("done", "cancel", "draft")),
            ],
            order="scheduled_date, id",
        )
