# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import base64
from datetime import timedelta

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

    def _certify(self, products=None, materials=None, holder=None, days=365):
        """The certified label mode, and a certificate of an independent
        scheme valid from yesterday for ``days`` days over ``products`` or
        ``materials`` (of ``holder``'s products)."""
        self.env.company.pm_label_mode = "certified"
        today = self.env.company._pm_today()
        partner = self.env["res.partner"]
        scheme = self.env["pm.certification.scheme"].create(
            {
                "name": "Recycled Claim Standard Test",
                "owner_id": partner.create({"name": "Textile Exchange Test"}).id,
                "url": "https://example.org/rcs",
            }
        )
        return self.env["pm.certificate"].create(
            {
                "scheme_id": scheme.id,
                "number": "RCS-TEST-001",
                "holder_id": holder.id if holder else False,
                "verifier_id": partner.create({"name": "Control Union Test"}).id,
                "verifier_accreditation": "BELAC ISO/IEC 17065 no. 999-PROD",
                "product_tmpl_ids": [(6, 0, products.ids if products else [])],
                "material_ids": [(6, 0, materials.ids if materials else [])],
                "date_from": today - timedelta(days=1),
                "date_to": today + timedelta(days=days),
                "audit_report": base64.b64encode(b"%PDF-1.4 audit"),
                "audit_report_name": "audit.pdf",
            }
        )
