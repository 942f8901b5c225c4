# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from dateutil.relativedelta import relativedelta

from odoo import api, fields, models


class PmSettlement(models.Model):
    _inherit = "pm.settlement"

    @api.model
    def _pm_demo_confirmed_settlement(self):
        """VELO's webshop sale of the month before last, settled and
        confirmed: a new user finds a self-billed bill (VELO, login velo,
        finds it on its portal to accept), while last month's sales, the
        period the run proposes, are still to settle."""
        company = self.env.ref("base.demo_company_be")
        velo = self.env.ref("people_made.partner_velo")
        if self.search_count([("member_id", "=", velo.id)]):
            return  # demo functions run again on each update of the addon
        first = company._pm_today().replace(day=1) - relativedelta(months=2)
        last = first + relativedelta(months=1, days=-1)
        earrings = self.env.ref("people_made.product_rubber_earrings")
        invoice = (
            self.env["account.move"]
            .with_company(company)
            .with_context(tracking_disable=True)
            .create(
                {
                    "move_type": "out_invoice",
                    "company_id": company.id,
                    "partner_id": self.env.ref("people_made_demo.customer_lotte").id,
                    "invoice_date": first + relativedelta(days=14),
                    "team_id": self.env.ref("people_made_commission.team_webshop").id,
                    "invoice_line_ids": [
                        fields.Command.create(
                            {
                                "product_id": earrings.product_variant_id.id,
                                "quantity": 3,
                            }
                        )
                    ],
                }
            )
        )
        invoice.action_post()
        settlements = self.with_company(company)._pm_run(first, last, company)
        # only VELO's: any other member's sale stays for the user's first run
        (settlements - settlements.filtered(lambda s: s.member_id == velo)).unlink()
        settlements.exists().action_confirm()
