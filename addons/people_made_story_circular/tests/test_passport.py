# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import base64
import hashlib
import json
import re
from pathlib import Path

from jsonschema import Draft202012Validator, FormatChecker

from odoo.tests import HttpCase, tagged

from odoo.addons.people_made_circular.tests.common import CircularCase

SCHEMA = json.loads(
    (Path(__file__).parent / "untp" / "untp-dpp-schema.json").read_text()
)


@tagged("post_install", "-at_install")
class TestPassport(HttpCase, CircularCase):
    """The digital product passport behind the story page (UNTP DPP)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.maker.write(
            {
                "company_registry": "0456.789.034",
                "street": "Werkplaatsstraat 7",
                "zip": "3000",
                "city": "Leuven",
                "country_id": cls.env.ref("base.be").id,
                "email": "prive-contact@naaiatelier.example",
                "phone": "+32 16 99 99 99",
            }
        )
        cls.supplier.country_id = cls.env.ref("base.be")
        cls.product.write(
            {
                "is_published": True,
                "barcode": "5412345000013",
                "standard_price": 4.37,
            }
        )
        cls.public_doc = cls._attach_evidence(cls, cls.product)
        cls.private_doc = cls.env["ir.attachment"].create(
            {
                "name": "factuur-kringwinkel.txt",
                "datas": base64.b64encode(b"prijs per kg: geheim"),
                "res_model": "product.template",
                "res_id": cls.product.id,
            }
        )
        cls.product.pm_evidence_attachment_ids = [(4, cls.private_doc.id)]
        cls.product.pm_evidence_public_ids = cls.public_doc
        cls.product.action_pm_record_evidence()
        cls.url = f"/s/{cls.product.pm_story_code}"

    def _passport(self, path=None, **headers):
        # in English: the names of materials follow the language, Dutch first
        response = self.url_open(
            path or f"{self.url}/passport.json?lang=en", timeout=60
        )
        self.assertEqual(response.status_code, 200)
        self.assertTrue(
            response.headers["Content-Type"].startswith("application/ld+json")
        )
        return response.json(), response.text

    def _validate(self, passport):
        errors = sorted(
            Draft202012Validator(SCHEMA, format_checker=FormatChecker()).iter_errors(
                passport
            ),
            key=str,
        )
        self.assertEqual([error.message for error in errors], [])

    def test_passport_validates_and_matches_the_story_page(self):
        self.authenticate(None, None)
        passport, text = self._passport()
        self._validate(passport)
        page = self.url_open(f"{self.url}?lang=en", timeout=60).text
        self.assertIn(f'href="{self.url}/passport.json"', page)
        subject = passport["credentialSubject"]
        product = subject["product"]
        self.assertEqual(product["name"], "Inpaktextiel")
        # GTIN and its GS1 Digital Link, which resolves to the story
        self.assertEqual(product["registeredId"], "05412345000013")
        base = self.product.get_base_url()
        self.assertEqual(product["id"], f"{base}/01/05412345000013")
        resolved = self.url_open("/01/05412345000013", allow_redirects=False)
        self.assertTrue(resolved.headers["Location"].endswith(self.url))
        maker = product["producedByParty"]
        self.assertEqual(maker["name"], "Naaiatelier Test")
        self.assertEqual(maker["registeredId"], "0456.789.034")
        self.assertEqual(maker["address"]["addressLocality"], "Leuven")
        self.assertEqual(product["countryOfProduction"], "BE")
        # the materials: shares, reclaimed or not, the same as on the page
        materials = {m["name"]: m for m in subject["materialsProvenance"]}
        self.assertEqual(materials["Textile / Cotton"]["massFraction"], 0.6)
        self.assertEqual(materials["Textile / Cotton"]["recycledMassFraction"], 1.0)
        self.assertEqual(materials["Textile / Cotton"]["originCountry"], "BE")
        self.assertEqual(materials["Cork"]["recycledMassFraction"], 0.0)
        self.assertIn("Textile / Cotton: 60 %", page)
        self.assertEqual(subject["circularityScorecard"]["recycledContent"], 0.6)
        # the journey of the material: supplier → material → maker
        chain = subject["traceabilityInformation"][0]["valueChainProcess"]
        self.assertEqual(chain, "Kringwinkel Test → Cotton → Naaiatelier Test")
        shown = page[page.index('class="pm_story_chain"') :]
        shown = re.sub(r"\s+", " ", shown[shown.index(">") + 1 : shown.index("</p>")])
        self.assertEqual(shown.strip(), chain)
        # the claim, word for word as on the page, with its public evidence
        claim = subject["conformityClaim"][0]
        self.assertEqual(claim["conformityTopic"], "circularity.content")
        self.assertIn(claim["description"], page)
        self.assertEqual(
            claim["conformityEvidence"]["linkURL"],
            f"{base}/web/content/{self.public_doc.id}?download=true",
        )
        self.assertEqual(
            claim["conformityEvidence"]["hashDigest"],
            hashlib.sha256(b"100 kg katoen").hexdigest(),
        )
        # facts only: no certificate claim
        self.assertEqual(len(subject["conformityClaim"]), 1)
        # an anonymous visitor downloads the public document, not the other
        self.assertEqual(
            self.url_open(f"/web/content/{self.public_doc.id}?download=true").content,
            b"100 kg katoen",
        )
        self.assertNotEqual(
            self.url_open(f"/web/content/{self.private_doc.id}").status_code, 200
        )
        # nothing private
        for secret in (
            "factuur-kringwinkel",
            f"/web/content/{self.private_doc.id}",
            "prive-contact",
            "+32 16",
            "4.37",
            "standard_price",
        ):
            self.assertNotIn(secret, text)

    def test_accept_json_ld_on_the_story_url(self):
        self.authenticate(None, None)
        response = self.url_open(
            self.url, headers={"Accept": "application/ld+json"}, timeout=60
        )
        self.assertEqual(response.status_code, 200)
        self.assertTrue(
            response.headers["Content-Type"].startswith("application/ld+json")
        )
        self.assertEqual(
            response.json()["id"], f"{self.product.pm_story_url}/passport.json"
        )
        # a browser gets the page, and a cache keeps the two apart
        response = self.url_open(
            self.url, headers={"Accept": "text/html,*/*;q=0.8"}, timeout=60
        )
        self.assertTrue(response.headers["Content-Type"].startswith("text/html"))
        self.assertIn("Accept", response.headers["Vary"])

    def test_certified_mode_adds_the_certificate(self):
        certificate = self._certify(self.product)
        passport, text = self._passport()
        self._validate(passport)
        claims = passport["credentialSubject"]["conformityClaim"]
        self.assertEqual(len(claims), 2)
        self.assertIn("RCS-TEST-001", claims[1]["description"])
        self.assertIn("Control Union Test", claims[1]["description"])
        self.assertEqual(
            claims[1]["referenceStandard"]["name"], "Recycled Claim Standard Test"
        )
        # the audit report is not public
        self.assertNotIn("audit.pdf", text)
        certificate.withdrawn = True
        passport, _text = self._passport()
        self.assertEqual(len(passport["credentialSubject"]["conformityClaim"]), 1)

    def test_unpublished_product_has_no_passport(self):
        self.product.is_published = False
        for path, headers in (
            (f"{self.url}/passport.json", {}),
            (self.url, {"Accept": "application/ld+json"}),
        ):
            with self.subTest(path=path):
                response = self.url_open(path, headers=headers, timeout=60)
                self.assertEqual(response.status_code, 404)
                self.assertNotIn("Inpaktextiel", response.text)
        # staff preview the story page, never an unpublished passport
        self.authenticate("admin", "admin")
        response = self.url_open(f"{self.url}/passport.json", timeout=60)
        self.assertEqual(response.status_code, 404)
        self.assertEqual(self.url_open(self.url, timeout=60).status_code, 200)
