# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import json
from base64 import b64decode, b64encode
from typing import ClassVar

from lxml import etree
from requests import Response

from odoo.tools.misc import file_open

NS = {
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
}
FAKE_UUID = "yyyyyyyy-yyyy-yyyy-yyyy-yyyyyyyyyyyy"
# the documents every participant of these tests receives
DOCUMENT_IDS = [
    f"urn:oasis:names:specification:ubl:schema:xsd:{root}-2::{root}##"
    f"urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:{process}:3.0"
    "::2.1"
    for root in ("Invoice", "CreditNote")
    for process in ("billing", "selfbilling")
]


class PeppolProxyMock:
    """People Made registered on Peppol, its members reachable on it, and
    Odoo's Peppol proxy answered the way account_peppol's own tests answer
    it: no network."""

    # the documents handed to the proxy by the last Send
    _pm_sent_documents: ClassVar[list] = []

    @classmethod
    def _pm_register_on_peppol(cls):
        cls.env["ir.config_parameter"].sudo().set_param(
            "account_peppol.edi.mode", "test"
        )
        company = cls.env.company
        company.partner_id.write(
            {
                "vat": "BE0477472701",
                "country_id": cls.env.ref("base.be").id,
                "street": "Markt 1",
                "city": "Leuven",
            }
        )
        company.write(
            {
                "peppol_eas": "0208",
                "peppol_endpoint": "0477472701",
                "account_peppol_proxy_state": "receiver",
                "peppol_activate_self_billing_sending": True,
            }
        )
        key = cls.env["certificate.key"].create(
            {
                "name": "People Made test key",
                # the test key of Odoo's own Peppol tests
                "content": b64encode(
                    file_open(
                        "account_peppol/tests/assets/private_key.pem", "rb"
                    ).read()
                ),
            }
        )
        Proxy = cls.env["account_edi_proxy_client.user"]
        Proxy.create(
            {
                "id_client": "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
                "proxy_type": "peppol",
                "edi_mode": "test",
                "edi_identification": Proxy._get_proxy_identification(
                    company, "peppol"
                ),
                "private_key_id": key.id,
                "refresh_token": FAKE_UUID,
            }
        )

    @classmethod
    def _request_handler(cls, s, r, /, **kw):
        url = r.path_url.lower()
        if url.startswith("/api/peppol/1/lookup"):
            identifier = url.split("peppol_identifier=")[1].split("&")[0]
            identifier = identifier.replace("%3a", ":")
            response = Response()
            response.status_code = 200
            result = {
                "identifier": identifier,
                "smp_base_url": "http://iap-services.odoo.com",
                "ttl": 60,
                "service_group_url": "http://iap-services.odoo.com/x",
                "services": [
                    {"href": f"http://iap-services.odoo.com/{doc}", "document_id": doc}
                    for doc in DOCUMENT_IDS
                ],
            }
            response.json = lambda: {"result": result}
            return response
        if url == "/api/peppol/1/send_document":
            documents = json.loads(r.body)["params"]["documents"]
            cls._pm_sent_documents.extend(documents)
            response = Response()
            response.status_code = 200
            response.json = lambda: {
                "result": {"messages": [{"message_uuid": FAKE_UUID}] * len(documents)}
            }
            return response
        return super()._request_handler(s, r, **kw)

    def _pm_ubl(self, move):
        """The UBL of ``move`` and its root, asserting the exporter found
        nothing wrong with it."""
        xml, errors = self.env["account.edi.xml.ubl_bis3"]._export_invoice(move)
        self.assertFalse(errors, f"{move.display_name}: {errors}")
        return etree.fromstring(xml)

    def _pm_send(self, move):
        """Send ``move`` as staff do (the Send button, then Send in its
        wizard): its UBL is generated, attached and handed to the Peppol
        proxy."""
        self._pm_sent_documents.clear()
        action = move.action_send_and_print()
        wizard = self.env[action["res_model"]].with_context(**action["context"])
        wizard = wizard.create({})
        self.assertIn("peppol", wizard.sending_methods, move.display_name)
        self.assertFalse(
            {k for k, v in (wizard.alerts or {}).items() if v.get("level") == "danger"}
        )
        wizard.action_send_and_print()
        self.assertEqual(move.peppol_move_state, "processing", move.display_name)
        self.assertTrue(move.ubl_cii_xml_id, "the UBL is attached")
        self.assertTrue(move.invoice_pdf_report_id, "the PDF is generated")
        self.assertEqual(len(self._pm_sent_documents), 1)
        tree = etree.fromstring(move.ubl_cii_xml_id.raw)
        # the PDF travels inside the UBL
        embedded = tree.find(
            "cac:AdditionalDocumentReference/cac:Attachment/"
            "cbc:EmbeddedDocumentBinaryObject",
            NS,
        )
        self.assertEqual(embedded.get("mimeCode"), "application/pdf")
        self.assertEqual(
            b64decode(self._pm_sent_documents[0]["ubl"]), move.ubl_cii_xml_id.raw
        )
        return tree

    @staticmethod
    def _pm_categories(tree):
        return {
            (
                node.findtext("cbc:ID", namespaces=NS),
                node.findtext("cbc:TaxExemptionReasonCode", namespaces=NS),
            )
            for node in tree.iterfind(
                ".//cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory", NS
            )
        }
