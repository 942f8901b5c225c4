# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import date

from lxml import etree

from odoo.tests import HttpCase, new_test_user, tagged

from .common import CommissionCase
from .peppol_common import NS, PeppolProxyMock

SELF_BILLING = "urn:fdc:peppol.eu:2017:poacc:selfbilling:3.0"


@tagged("post_install", "-at_install")
class TestPeppol(PeppolProxyMock, CommissionCase, HttpCase):
    """Every document a member receives leaves as Peppol BIS Billing 3.0 UBL
    that Odoo's exporter finds nothing wrong with, is sent with the Send
    button (the Peppol proxy mocked), and shows on the member's portal: the
    self-billed bills and credit notes of a member under each VAT regime,
    the commission invoice and credit note of the agent model, and the
    membership fee invoice under each VAT treatment of fees."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._pm_register_on_peppol()
        belgium = cls.env.ref("base.be")
        address = {"country_id": belgium.id, "street": "Kerkstraat 1", "city": "Gent"}
        cls.member_a.write(
            {
                **address,
                "vat": "BE0897223670",
                "peppol_eas": "0208",
                "peppol_endpoint": "0897223670",
            }
        )
        cls.member_b.write(
            {**address, "peppol_eas": "0208", "peppol_endpoint": "0456789034"}
        )
        cls.member_c = cls.env["res.partner"].create(
            {
                **address,
                "name": "Atelier C",
                "is_company": True,
                "is_pm_member": True,
                "pm_vat_regime": "exempt",
                "email": "c@example.com",
                "peppol_eas": "0208",
                "peppol_endpoint": "0123456749",
                "pm_self_billing_agreement_date": date(2026, 1, 1),
            }
        )
        cls.member_c.action_pm_activate()
        cls.env["res.partner.bank"].create(
            {"partner_id": cls.member_c.id, "acc_number": "BE43068999999501"}
        )
        cls.product_c = cls.env["product.product"].create(
            {"name": "Houten bord", "pm_member_id": cls.member_c.id}
        )
        cls.tax_21 = cls.env["account.tax"].create(
            {"name": "21% PM test", "amount": 21, "type_tax_use": "purchase"}
        )
        cls.product_a.supplier_taxes_id = cls.tax_21
        cls.members = cls.member_a | cls.member_b | cls.member_c
        cls.logins = {}
        for member in cls.members:
            contact = cls.env["res.partner"].create(
                {"name": f"Contact {member.name}", "parent_id": member.id}
            )
            login = f"pm13_{member.id}"
            new_test_user(
                cls.env, login, groups="base.group_portal", partner_id=contact.id
            )
            cls.logins[member] = login
        cls._invoice(
            [
                (cls.product_a, 1, 100, 0),
                (cls.product_b, 1, 100, 0),
                (cls.product_c, 1, 100, 0),
            ]
        )
        cls.settlements = {
            s.member_id: s
            for s in cls.env["pm.settlement"]._pm_run(cls.d_from, cls.d_to)
            if s.member_id in cls.members
        }
        for settlement in cls.settlements.values():
            settlement.action_confirm()

    def _portal_page(self, member, url="/my/invoices"):
        self.authenticate(self.logins[member], self.logins[member])
        return self.url_open(url).text

    def _assert_on_portal(self, move):
        """The member sees the document in its list and on its page; another
        member sees neither."""
        member = move.partner_id
        self.assertIn(move.name, self._portal_page(member))
        self.assertIn(move.name, self._portal_page(member, move.get_portal_url()))
        other = (self.members - member)[:1]
        self.assertNotIn(move.name, self._portal_page(other))
        self.assertNotIn(move.name, self._portal_page(other, f"/my/invoices/{move.id}"))

    def _customization(self, tree):
        return tree.findtext("cbc:CustomizationID", namespaces=NS)

    def _payable(self, tree):
        return tree.findtext(
            ".//cac:LegalMonetaryTotal/cbc:PayableAmount", namespaces=NS
        )

    def _prepaid(self, tree):
        return tree.findtext(
            ".//cac:LegalMonetaryTotal/cbc:PrepaidAmount", namespaces=NS
        )

    def test_self_billed_bills_in_each_vat_regime(self):
        for member, categories, total in (
            (self.member_a, {("S", None)}, "90.75"),  # 75.00 + 21 %
            (self.member_b, {("E", None)}, "75.00"),
            (self.member_c, {("E", "VATEX-EU-132")}, "75.00"),
        ):
            with self.subTest(member=member.name):
                bill = self.settlements[member].move_id
                for tree in (self._pm_ubl(bill), self._pm_send(bill)):
                    self.assertEqual(etree.QName(tree).localname, "Invoice")
                    self.assertIn(SELF_BILLING, self._customization(tree))
                    self.assertEqual(
                        tree.findtext("cbc:InvoiceTypeCode", namespaces=NS), "389"
                    )
                    self.assertEqual(self._pm_categories(tree), categories)
                    self.assertEqual(self._payable(tree), total)
                    # the member is the seller, People Made the buyer
                    seller = tree.find("cac:AccountingSupplierParty", NS)
                    self.assertIn(
                        member.peppol_endpoint, etree.tostring(seller).decode()
                    )
                if member.pm_vat_regime == "franchise":
                    self.assertTrue(
                        tree.findtext(
                            ".//cac:TaxCategory/cbc:TaxExemptionReason", namespaces=NS
                        )
                    )
                self._assert_on_portal(bill)

    def test_self_billed_credit_notes_of_a_refund_heavy_period(self):
        """November: only refunds of October's sales. Each member owes what
        it was paid for them: a self-billed credit note, type 261, its
        amounts positive."""
        self._invoice(
            [
                (self.product_a, 1, 100, 0),
                (self.product_b, 1, 100, 0),
                (self.product_c, 1, 100, 0),
            ],
            move_type="out_refund",
            day=date(2026, 11, 5),
        )
        november = self.env["pm.settlement"]._pm_run(
            date(2026, 11, 1), date(2026, 11, 30)
        )
        for member, categories, total in (
            (self.member_a, {("S", None)}, "90.75"),
            (self.member_b, {("E", None)}, "75.00"),
            (self.member_c, {("E", "VATEX-EU-132")}, "75.00"),
        ):
            with self.subTest(member=member.name):
                settlement = november.filtered(lambda s, m=member: s.member_id == m)
                self.assertEqual(settlement.payout_total, -75.0)
                settlement.action_confirm()
                note = settlement.move_id
                self.assertEqual(note.move_type, "in_refund")
                self.assertEqual(note.amount_untaxed, 75.0)
                for tree in (self._pm_ubl(note), self._pm_send(note)):
                    self.assertEqual(etree.QName(tree).localname, "CreditNote")
                    self.assertIn(SELF_BILLING, self._customization(tree))
                    self.assertEqual(
                        tree.findtext("cbc:CreditNoteTypeCode", namespaces=NS), "261"
                    )
                    self.assertEqual(self._pm_categories(tree), categories)
                    self.assertEqual(self._payable(tree), total)
                    quantities = [
                        float(q.text)
                        for q in tree.iterfind(".//cbc:CreditedQuantity", NS)
                    ]
                    self.assertTrue(quantities)
                    self.assertTrue(all(q > 0 for q in quantities))
                self._assert_on_portal(note)

    def test_commission_invoice_and_credit_note_of_the_agent_model(self):
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
        invoice = agent.move_id
        for tree in (self._pm_ubl(invoice), self._pm_send(invoice)):
            self.assertNotIn(
                "selfbilling", tree.findtext("cbc:CustomizationID", namespaces=NS)
            )
            self.assertEqual(tree.findtext("cbc:InvoiceTypeCode", namespaces=NS), "380")
            self.assertEqual(self._pm_categories(tree), {("S", None)})
            self.assertEqual(self._payable(tree), "30.25")  # 25.00 + 21 %
        self._assert_on_portal(invoice)
        # cancelled once sent: a commission credit note, not a rewritten invoice
        agent.action_cancel()
        self.assertEqual(invoice.state, "posted")
        note = agent.reversal_move_id
        self.assertEqual((note.move_type, note.state), ("out_refund", "posted"))
        for tree in (self._pm_ubl(note), self._pm_send(note)):
            self.assertEqual(etree.QName(tree).localname, "CreditNote")
            self.assertEqual(
                tree.findtext("cbc:CreditNoteTypeCode", namespaces=NS), "381"
            )
            self.assertEqual(
                tree.findtext(
                    ".//cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount", namespaces=NS
                ),
                "30.25",
            )
            # reconciled with the invoice it cancels, but nothing was paid:
            # its whole amount is payable, none of it prepaid
            self.assertEqual(self._payable(tree), "30.25")
            self.assertEqual(self._prepaid(tree), "0.00")
        self._assert_on_portal(note)

    def test_membership_fee_invoice_in_each_vat_treatment(self):
        self.env["pm.membership.fee"].create({"amount": 150})
        self.company.account_sale_tax_id = self.env["account.tax"].create(
            {"name": "21% fee", "amount": 21, "type_tax_use": "sale"}
        )
        for year, treatment, categories, total in (
            (2027, "vat", {("S", None)}, "181.50"),
            (2028, "exempt", {("E", "VATEX-EU-132-1L")}, "150.00"),
            (2029, "outside", {("O", "VATEX-EU-O")}, "150.00"),
        ):
            with self.subTest(treatment=treatment):
                self.company.pm_fee_vat_treatment = treatment
                invoice = self.member_a._pm_invoice_membership_fees(year)
                self.assertEqual(invoice.invoice_date, date(year, 1, 1))
                self.assertEqual(invoice.invoice_date_due, date(year, 1, 31))
                for tree in (self._pm_ubl(invoice), self._pm_send(invoice)):
                    self.assertEqual(
                        tree.findtext("cbc:InvoiceTypeCode", namespaces=NS), "380"
                    )
                    self.assertEqual(self._pm_categories(tree), categories)
                    self.assertEqual(self._payable(tree), total)
                    # [BR-O-02] no VAT identifier outside the scope of VAT
                    self.assertEqual(
                        treatment == "outside",
                        tree.find(".//cac:PartyTaxScheme", NS) is None,
                    )
                self._assert_on_portal(invoice)

    def test_cancelling_a_sent_settlement_sends_a_self_billed_credit_note(self):
        settlement = self.settlements[self.member_b]
        bill = settlement.move_id
        self._pm_send(bill)
        settled = settlement.line_ids.ledger_id
        settlement.action_cancel()
        # the sent bill is left as it was sent
        self.assertEqual((bill.state, bill.peppol_move_state), ("posted", "processing"))
        note = settlement.reversal_move_id
        self.assertEqual((note.move_type, note.reversed_entry_id), ("in_refund", bill))
        for tree in (self._pm_ubl(note), self._pm_send(note)):
            self.assertEqual(etree.QName(tree).localname, "CreditNote")
            self.assertIn(SELF_BILLING, self._customization(tree))
            self.assertEqual(
                tree.findtext("cbc:CreditNoteTypeCode", namespaces=NS), "261"
            )
            self.assertEqual(
                tree.findtext(
                    ".//cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount", namespaces=NS
                ),
                "75.00",
            )
            self.assertEqual(self._payable(tree), "75.00")
            self.assertEqual(self._prepaid(tree), "0.00")
        self._assert_on_portal(note)
        # the next run settles the same sales again, once
        again = self.env["pm.settlement"]._pm_run(date(2026, 11, 1), date(2026, 11, 30))
        again = again.filtered(lambda s: s.member_id == self.member_b)
        self.assertEqual(again.line_ids.ledger_id, settled)
        again.action_confirm()
        self.assertEqual(again.move_id.amount_total, 75.0)
        self.assertFalse(
            self.env["pm.settlement"]
            ._pm_run(date(2026, 12, 1), date(2026, 12, 31))
            .filtered(lambda s: s.member_id == self.member_b)
        )
