# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import base64

from odoo.tests import TransactionCase

from odoo.addons.people_made_vendor.tests.common import (
    website_of_the_company_under_test,
)


class CircularCase(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=True))
        cls.env.company.pm_circular_threshold = 50.0
        website_of_the_company_under_test(cls.env)
        cls.textile = cls.env.ref("people_made_circular.material_textile")
        cls.cotton = cls.env.ref("people_made_circular.material_cotton")
        cls.cork = cls.env.ref("people_made_circular.material_cork")
        cls.supplier = cls.env["res.partner"].create(
            {"name": "Kringwinkel Test", "is_company": True}
        )
        cls.maker = cls.env["res.partner"].create(
            {"name": "Naaiatelier Test", "is_company": True, "is_pm_member": True}
        )
        cls.maker.action_pm_activate()
        cls.product = cls.env["product.template"].create(
            {
                "name": "Inpaktextiel",
                "weight": 0.5,
                "list_price": 18.0,
                "pm_member_id": cls.maker.id,
                "pm_composition_ids": [
                    (
                        0,
                        0,
                        {
                            "material_id": cls.cotton.id,
                            "share": 60,
                            "origin": "reclaimed",
                            "supplier_id": cls.supplier.id,
                            "processor_id": cls.maker.id,
                        },
                    ),
                    (
                        0,
                        0,
                        {"material_id": cls.cork.id, "share": 40, "origin": "virgin"},
                    ),
                ],
            }
        )

    def _attach_evidence(self, product):
        attachment = self.env["ir.attachment"].create(
            {
                "name": "leveringsbon.txt",
                "datas": base64.b64encode(b"100 kg katoen"),
                "res_model": "product.template",
                "res_id": product.id,
            }
        )
        product.pm_evidence_attachment_ids = [(4, attachment.id)]
        return attachment
