# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from dateutil.relativedelta import relativedelta

from odoo import fields, models
from odoo.tools import format_date


def _last_month(today):
    first = today.replace(day=1) - relativedelta(months=1)
    return first, today.replace(day=1) - relativedelta(days=1)


class PmSettlementRunWizard(models.TransientModel):
    _name = "pm.settlement.run.wizard"
    _description = "Run the Settlements of a Period"

    date_from = fields.Date(
        string="From",
        required=True,
        default=lambda self: _last_month(fields.Date.context_today(self))[0],
    )
    date_to = fields.Date(
        string="To",
        required=True,
        default=lambda self: _last_month(fields.Date.context_today(self))[1],
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )

    def action_run(self):
        self.ensure_one()
        settlements = self.env["pm.settlement"]._pm_run(
            self.date_from, self.date_to, self.company_id
        )
        if not settlements:
            return {
                "type": "ir.actions.client",
                "tag": "display_notification",
                "params": {
                    "type": "info",
                    "message": self.env._(
                        "Nothing left to settle up to %(date)s.",
                        date=format_date(self.env, self.date_to),
                    ),
                    "next": {"type": "ir.actions.act_window_close"},
                },
            }
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Settlements"),
            "res_model": "pm.settlement",
            "view_mode": "list,form",
            "domain": [("id", "in", settlements.ids)],
        }
