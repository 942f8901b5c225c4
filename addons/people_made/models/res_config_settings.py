# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    pm_member_count = fields.Integer(
        string="Members", compute="_compute_pm_member_count"
    )
    pm_missing_language_names = fields.Char(
        string="Missing Languages", compute="_compute_pm_missing_language_names"
    )

    def _compute_pm_member_count(self):
        count = self.env["res.partner"].search_count([("is_pm_member", "=", True)])
        for settings in self:
            settings.pm_member_count = count

    def _compute_pm_missing_language_names(self):
        names = ", ".join(
            self.env["res.company"]._pm_missing_languages().mapped("name")
        )
        for settings in self:
            settings.pm_missing_language_names = names

    def action_pm_open_members(self):
        return self.env["ir.actions.act_window"]._for_xml_id(
            "people_made.action_pm_member"
        )

    def action_pm_install_languages(self):
        installed = self.env["res.company"]._pm_install_languages()
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "type": "success",
                "message": self.env._(
                    "Installed: %(languages)s.",
                    languages=", ".join(installed.mapped("name")),
                ),
                "next": {"type": "ir.actions.client", "tag": "soft_reload"},
            },
        }
