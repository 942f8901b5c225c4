# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import models

from odoo.addons.account_edi_ubl_cii.models.account_edi_common import FloatFmt


class AccountEdiXmlUblBis3(models.AbstractModel):
    _inherit = "account.edi.xml.ubl_bis3"

    def _add_invoice_config_vals(self, vals):
        result = super()._add_invoice_config_vals(vals)
        invoice = vals["invoice"]
        # A refund in a self-billing journal is a self-billed credit note
        # (UBL CreditNote, type 261): Odoo only makes credit notes of
        # customer refunds and would send it as a self-billed invoice (389)
        # that says the opposite of what is owed.
        if invoice.move_type == "in_refund" and vals["process_type"] == "selfbilling":
            vals["document_type"] = "credit_note"
        return result

    def _get_invoice_node(self, vals):
        document_node = super()._get_invoice_node(vals)
        # [BR-O-02..04] a document with lines outside the scope of VAT
        # (category O) names no VAT identifier of the seller or the buyer
        taxes = vals["invoice"].invoice_line_ids.tax_ids
        if taxes and all(tax.ubl_cii_tax_category_code == "O" for tax in taxes):
            for party in ("cac:AccountingSupplierParty", "cac:AccountingCustomerParty"):
                party_node = (document_node.get(party) or {}).get("cac:Party")
                if party_node:
                    party_node["cac:PartyTaxScheme"] = None
        return document_node

    def _add_invoice_monetary_total_nodes(self, document_node, vals):
        super()._add_invoice_monetary_total_nodes(document_node, vals)
        # Odoo counts all that is reconciled with the document as prepaid. A
        # credit note that reverses a document (a cancelled settlement) is
        # reconciled with it, yet nothing was paid: it would say 0.00 payable
        # for its whole amount. Only payments are prepaid.
        invoice = vals["invoice"]
        reversed_amount = invoice._pm_amount_reconciled_with_reversal()
        if not reversed_amount:
            return
        tag = self._get_tags_for_document_type(vals)["monetary_total"]
        totals = document_node[tag]
        for node, sign in (("cbc:PrepaidAmount", -1), ("cbc:PayableAmount", 1)):
            value = totals[node]["_text"]
            totals[node]["_text"] = FloatFmt(
                value + sign * reversed_amount, min_dp=vals["currency_dp"]
            )
