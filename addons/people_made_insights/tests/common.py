# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import base64
from datetime import date

from odoo.fields import Command

from odoo.addons.people_made_commission.tests.common import CommissionCase


class InsightsCase(CommissionCase):
    """A year (2025) of sales of members A and B on four channels, a return,
    settled and confirmed; A's coasters are circular (0.5 kg, 60 % reclaimed
    cotton, evidence checked)."""

    YEAR = 2025

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Team = cls.env["crm.team"]
        cls.market = Team.create({"name": "Markt", "pm_channel_kind": "market"})
        cls.display = Team.create({"name": "Display", "pm_channel_kind": "display"})
        cls.cotton = cls.env.ref("people_made_circular.material_cotton")
        cls.textile = cls.env.ref("people_made_circular.material_textile")
        template = cls.product_a.product_tmpl_id
        template.write(
            {
                "weight": 0.5,
                "pm_composition_ids": [
                    Command.create(
                        {
                            "material_id": cls.cotton.id,
                            "share": 60,
                            "origin": "reclaimed",
                        }
                    ),
                    Command.create(
                        {
                            "material_id": cls.env.ref(
                                "people_made_circular.material_cork"
                            ).id,
                            "share": 40,
                            "origin": "virgin",
                        }
                    ),
                ],
            }
        )
        template.pm_evidence_attachment_ids = [
            Command.create(
                {
                    "name": "leveringsbon.txt",
                    "datas": base64.b64encode(b"100 kg katoen"),
                    "res_model": "product.template",
                    "res_id": template.id,
                }
            )
        ]
        template.action_pm_record_evidence()
        cls.d_from, cls.d_to = date(cls.YEAR, 1, 1), date(cls.YEAR, 12, 31)
        for month in range(1, 13):
            day = date(cls.YEAR, month, 10)
            cls._invoice([(cls.product_a, 2, 12.0, 0)], day=day)
            cls._invoice([(cls.product_b, 1, 18.0, 0)], team=cls.maakbar, day=day)
            cls._invoice([(cls.product_a2, 1, 9.0, 10)], team=cls.market, day=day)
            cls._invoice([(cls.product_b, 3, 18.0, 0)], team=cls.display, day=day)
        cls._invoice(
            [(cls.product_a, 1, 12.0, 0)], move_type="out_refund", day=date(2025, 6, 20)
        )
        cls.settlements = cls.env["pm.settlement"]._pm_run(cls.d_from, cls.d_to)
        cls.settlements.action_confirm()
