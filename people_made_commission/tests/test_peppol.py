# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import date

from lxml import etree

from odoo.tests import tagged

from .common import CommissionCase

NS = {
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
}


@tagged("post_install", "-at_install")
class TestPeppol(CommissionCase):
    """The documents a settlement makes leave as Peppol BIS Billing 3.0 UBL,
    with the self-billing profile for self-billed bills and the right VAT
    category and exemption code for each VAT regime."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        belgium = cls.env.ref("base.be")
        cls.company.partner_id.write(
            {"vat": "BE0477472701", "country_id": belgium.id, "street": "Markt 1"}
        )
        cls.member_a.write(
            {"vat": "BE0897223670", "country_id": belgium.id, "street": "Kerkstraat 1"}
        )
        cls.member_b.write({"country_id": belgium.id, "street": "Dorp 2"})
        cls.member_c = cls.env["res.partner"].create(
            {
                "name": "Atelier C",
                "is_company": True,
                "is_pm_member": True,
                "pm_vat_regime": "exempt",
                "country_id": belgium.id,
                "street": "Veld 3",
            }
        )
        cls.member_c.action_pm_activate()
        cls.env["res.partner.bank"].create(
            {"partner_id": cls.member_c.id, "acc_number": "BE43068999999501"}
        )
        cls.product_c = cls.env["product.product"].create(
            {"name": "Houten bord", "pm_member_id": cls.member_c.id}
        )
        tax_21 = cls.env["account.tax"].search(
            [
                ("company_id", "=", cls.company.id),
                ("type_tax_use", "=", "purchase"),
                ("amount", "=", 21),
                ("amount_type", "=", "percent"),
            ],
            limit=1,
        )
        cls.product_a.supplier_taxes_id = tax_21
        cls._invoice(
            [
                (cls.product_a, 1, 100, 0),
                (cls.product_b, 1, 100, 0),
                (cls.product_c, 1, 100, 0),
            ]
        )
        settlements = cls.env["pm.settlement"]._pm_run(cls.d_from, cls.d_to)
        cls.settlements = {
            s.member_id: s
            for s in settlements
            if s.member_id in cls.member_a | cls.member_b | cls.member_c
        }
        for settlement in cls.settlements.values():
            settlement.action_confirm()

    def _ubl(self, move):
        xml, _errors = self.env["account.edi.xml.ubl_bis3"]._export_invoice(move)
        return etree.fromstring(xml)  # well-formed, or this raises

    def _categories(self, tree):
        return {
            (
                node.findtext("cbc:ID", namespaces=NS),
                node.findtext("cbc:TaxExemptionReasonCode", namespaces=NS),
            )
            for node in tree.iterfind(
                ".//cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory", NS
            )
        }

    def test_self_billed_bill_of_a_vat_registered_member(self):
        tree = self._ubl(self.settlements[self.member_a].move_id)
        self.assertIn(
            "selfbilling", tree.findtext("cbc:CustomizationID", namespaces=NS)
        )
        self.assertEqual(tree.findtext("cbc:InvoiceTypeCode", namespaces=NS), "389")
        self.assertEqual(self._categories(tree), {("S", None)})
        # the member is the seller, People Made the buyer
        seller = tree.find("cac:AccountingSupplierParty", NS)
        self.assertIn("BE0897223670", etree.tostring(seller).decode())

    def test_self_billed_bill_of_a_franchise_member(self):
        tree = self._ubl(self.settlements[self.member_b].move_id)
        self.assertIn(
            "selfbilling", tree.findtext("cbc:CustomizationID", namespaces=NS)
        )
        self.assertEqual(self._categories(tree), {("E", None)})
        self.assertTrue(
            tree.findtext(".//cac:TaxCategory/cbc:TaxExemptionReason", namespaces=NS)
        )

    def test_self_billed_bill_of_an_exempt_member(self):
        tree = self._ubl(self.settlements[self.member_c].move_id)
        self.assertEqual(self._categories(tree), {("E", "VATEX-EU-132")})

    def test_commission_invoice_of_the_agent_model(self):
        self.company.pm_legal_model = "agent"
        self.company.account_sale_tax_id = self.env["account.tax"].create(
            {"name": "21% commission", "amount": 21, "type_tax_use": "sale"}
        )
        self._invoice([(self.product_a, 1, 100, 0)], day=date(2026, 11, 10))
        agent = (
            self.env["pm.settlement"]
            ._pm_run(date(2026, 11, 1), date(2026, 11, 30))
            .filtered(lambda s: s.member_id == self.member_a)
        )
        agent.action_confirm()
        tree = self._ubl(agent.move_id)
        self.assertNotIn(
            "selfbilling", tree.findtext("cbc:CustomizationID", namespaces=NS)
        )
        self.assertEqual(tree.findtext("cbc:InvoiceTypeCode", namespaces=NS), "380")
        self.assertEqual(self._categories(tree), {("S", None)})

    def test_membership_fee_invoice(self):
        self.env["pm.membership.fee"].create({"amount": 150})
        invoice = self.member_a._pm_invoice_membership_fees(2027)
        tree = self._ubl(invoice)
        self.assertEqual(tree.findtext("cbc:InvoiceTypeCode", namespaces=NS), "380")
        self.assertEqual(self._categories(tree), {("E", None)})
        self.assertEqual(
            tree.findtext(".//cac:LegalMonetaryTotal/cbc:PayableAmount", namespaces=NS),
            "150.00",
        )
