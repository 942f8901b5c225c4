# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import hashlib

from odoo import models


class ProductTemplate(models.Model):
    _inherit = "product.template"

    def _pm_label_url(self):
        """The labels' QR codes open the product's story."""
        self.ensure_one()
        return self.pm_story_url or super()._pm_label_url()

    def _pm_story_fingerprint(self):
        """The story tells the material's journey: its page changes with the
        product's composition (a line added, changed or removed), the
        materials of its lines and their parents (names, paths), the chains
        of those materials, the suppliers and processors they name, and the
        company's circular threshold. Only the rows this product's page reads
        are hashed, so a cache hit costs the same however large the network's
        material catalogue grows."""
        self.ensure_one()
        self.env.flush_all()
        self.env.cr.execute(
            """
            WITH lines AS (
                SELECT c.* FROM pm_product_composition c
                 WHERE c.product_tmpl_id = %s
            ), materials AS (
                SELECT DISTINCT unnest(
                           string_to_array(rtrim(m.parent_path, '/'), '/')::int[]
                       ) AS id
                  FROM lines l JOIN pm_material m ON m.id = l.material_id
            ), sources AS (
                SELECT s.* FROM pm_material_source s
                 WHERE s.material_id IN (SELECT id FROM materials)
            )
            SELECT (SELECT md5(string_agg(l::text, ',' ORDER BY l.id)) FROM lines l),
                   (SELECT md5(string_agg(m::text, ',' ORDER BY m.id))
                      FROM pm_material m WHERE m.id IN (SELECT id FROM materials)),
                   (SELECT md5(string_agg(s::text, ',' ORDER BY s.id)) FROM sources s),
                   (SELECT md5(string_agg(p::text, ',' ORDER BY p.id))
                      FROM res_partner p
                     WHERE p.id IN (SELECT supplier_id FROM lines
                                    UNION SELECT processor_id FROM lines
                                    UNION SELECT supplier_id FROM sources
                                    UNION SELECT processor_id FROM sources)),
                   (SELECT md5(string_agg(r::text, ',' ORDER BY r.id))
                      FROM res_company r)
            """,
            (self.id,),
        )
        material = self.env.cr.fetchone()
        # the green mark follows the label mode (a company row, above) and
        # today's certificates: it goes the day one expires
        # (no certificate is looked up in the facts-only mode, the default)
        mark = self.pm_has_mark and self._pm_certificates()[self].ids
        return (*super()._pm_story_fingerprint(), *material, repr(mark))

    def _pm_passport(self):
        """The product's digital product passport: the UNTP Digital Product
        Passport (a verifiable credential, unsigned) with the facts its story
        page shows, as far as People Made has them. Only public data: no
        cost, no contact of the maker beyond its page and registered
        address, evidence documents only when marked public."""
        self.ensure_one()
        product = self.sudo()
        company = (product.company_id or self.env.company).sudo()
        base = product.get_base_url()
        url = product.pm_story_url
        passport_url = f"{url}/passport.json"
        gtin = product._pm_gtin()
        maker = product.pm_member_id
        subject = {
            "type": ["ProductPassport"],
            "id": url,
            "granularityLevel": "model",
            "product": product._pm_passport_product(base, gtin),
            "materialsProvenance": [
                product._pm_passport_material(line, base)
                for line in product.pm_composition_ids
            ],
            "conformityClaim": product._pm_passport_claims(base, passport_url),
        }
        if product.pm_composition_ids:
            subject["circularityScorecard"] = {
                "type": ["CircularityPerformance"],
                "recycledContent": round(product.pm_reclaimed_share / 100.0, 4),
            }
        chains = product._pm_material_chain()
        if chains:
            subject["traceabilityInformation"] = [
                {
                    "type": ["TraceabilityPerformance"],
                    "valueChainProcess": " → ".join(
                        step.display_name if step._name == "res.partner" else step.name
                        for step in steps
                        if step
                    ),
                }
                for _line, steps in chains
            ]
        changed = max(filter(None, [product.write_date, maker.write_date]))
        return {
            "type": ["DigitalProductPassport", "VerifiableCredential"],
            "@context": [
                "https://www.w3.org/ns/credentials/v2",
                "https://test.uncefact.org/vocabulary/untp/dpp/working/",
            ],
            "id": passport_url,
            "issuer": {
                "type": ["CredentialIssuer"],
                "id": f"{base}/",
                "name": company.name,
            },
            "validFrom": changed.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "credentialSubject": subject,
        }

    def _pm_gtin(self):
        """The product's GTIN (its barcode when it is one), as 14 digits."""
        barcode = (self.barcode or "").strip()
        if barcode.isdigit() and len(barcode) in (8, 12, 13, 14):
            return barcode.zfill(14)
        return False

    def _pm_passport_product(self, base, gtin):
        maker = self.pm_member_id
        # a GS1 Digital Link resolves to this story (people_made_story)
        digital_link = f"{base}/01/{gtin}" if gtin else False
        links = [
            {
                "type": ["Link"],
                "linkURL": self.pm_story_url,
                "linkName": self.env._("The story of %(product)s", product=self.name),
                "linkType": "text/html",
            }
        ]
        if self.website_url:
            links.append(
                {
                    "type": ["Link"],
                    "linkURL": base + self.website_url,
                    "linkName": self.env._("In the People Made shop"),
                    "linkType": "text/html",
                }
            )
        info = {
            "type": ["Product"],
            "id": digital_link or self.pm_story_url,
            "name": self.name,
            "furtherInformation": links,
        }
        if gtin:
            info.update(
                {
                    "registeredId": gtin,
                    "idScheme": {
                        "type": ["IdentifierScheme"],
                        "id": "https://id.gs1.org/01/",
                        "name": "GS1 GTIN",
                    },
                }
            )
        if self.description_sale:
            info["description"] = self.description_sale
        if self.image_128:
            info["productImage"] = {
                "type": ["Link"],
                "linkURL": f"{base}/web/image/product.template/{self.id}/image_1024",
                "linkName": self.name,
                "linkType": "image/png",
            }
        if self.weight:
            info["dimensions"] = {
                "type": ["Dimension"],
                "weight": {"type": ["Measure"], "value": self.weight, "unit": "KGM"},
            }
        if maker and maker.is_pm_member and maker.pm_state == "active":
            party = {
                "id": f"{base}/makers/{self.env['ir.http']._slug(maker)}",
                "name": maker.name,
                # the registered office, public in the Crossroads Bank for
                # Enterprises; never an e-mail address or a phone number
                "address": {
                    key: value
                    for key, value in (
                        ("streetAddress", maker.street),
                        ("postalCode", maker.zip),
                        ("addressLocality", maker.city),
                        ("addressCountry", maker.country_id.code),
                    )
                    if value
                },
            }
            if maker.company_registry:
                party["registeredId"] = maker.company_registry
            info["producedByParty"] = party
            if maker.country_id:
                info["countryOfProduction"] = maker.country_id.code
        return info

    def _pm_passport_material(self, line, base):
        material = {
            "type": ["Material"],
            "name": line.material_id.complete_name,
            "materialType": {
                "type": ["Classification"],
                "id": f"{base}/circular?material={line.material_id.id}",
                "code": str(line.material_id.id),
                "name": line.material_id.name,
                "schemeID": f"{base}/circular/criteria",
                "schemeName": "People Made materials",
            },
            "massFraction": round(line.share / 100.0, 4),
            "recycledMassFraction": 1.0 if line.origin == "reclaimed" else 0.0,
        }
        country = (line.supplier_id or line.processor_id).country_id
        if line.origin == "reclaimed" and country:
            material["originCountry"] = country.code
        return material

    def _pm_passport_claims(self, base, passport_url):
        """The evidenced circular claim, and in the certified label mode the
        certificates that cover the product today."""
        claims = []
        if self.pm_is_circular:
            threshold = (self.company_id or self.env.company).pm_circular_threshold
            claim = {
                "type": ["Claim", "Declaration"],
                "id": f"{passport_url}#reclaimed-content",
                "description": self.pm_circular_claim,
                "conformityTopic": "circularity.content",
                "assessmentDate": str(self.pm_evidence_checked_on),
                "assessmentCriteria": [
                    {
                        "type": ["Criterion"],
                        "id": f"{base}/circular/criteria",
                        "name": self.env._("People Made: reclaimed material"),
                        "description": self.env._(
                            "At least %(threshold)s %% of the weight is reclaimed "
                            "material, with evidence checked by People Made.",
                            threshold=self._pm_number(threshold),
                        ),
                        "conformityTopic": "circularity.content",
                        "status": "active",
                        "thresholdValue": _metric(
                            self.env._("Reclaimed share of the weight"), threshold
                        ),
                    }
                ],
                "declaredValue": [
                    _metric(
                        self.env._("Reclaimed share of the weight"),
                        self.pm_reclaimed_share,
                    )
                ],
            }
            evidence = self.pm_evidence_attachment_ids.filtered("public").sorted("id")
            if evidence:
                claim["conformityEvidence"] = _secure_link(base, evidence[0])
            claims.append(claim)
        if self.pm_has_mark:
            for certificate in self._pm_certificates()[self]:
                scheme = certificate.scheme_id
                claims.append(
                    {
                        "type": ["Claim", "Declaration"],
                        "id": f"{passport_url}#certificate-{certificate.id}",
                        "description": self.env._(
                            "Certificate %(number)s of %(scheme)s, valid from "
                            "%(date_from)s to %(date_to)s, audited by %(verifier)s "
                            "(%(accreditation)s).",
                            number=certificate.number,
                            scheme=scheme.name,
                            date_from=certificate.date_from,
                            date_to=certificate.date_to,
                            verifier=certificate.verifier_id.name,
                            accreditation=certificate.verifier_accreditation,
                        ),
                        "conformityTopic": "circularity.content",
                        "assessmentDate": str(certificate.date_from),
                        "referenceStandard": {
                            "type": ["Standard"],
                            "id": scheme.url or f"{base}/circular/criteria",
                            "name": scheme.name,
                            "issuingParty": {
                                "id": scheme.owner_id.website
                                or scheme.url
                                or f"{base}/circular/criteria",
                                "name": scheme.owner_id.name,
                            },
                        },
                    }
                )
        return claims


def _metric(name, percent):
    """A share in percent as a UNTP metric (UNECE Rec 20: P1, percent)."""
    return {
        "type": ["Metric"],
        "metricName": name,
        "metricValue": {"type": ["Measure"], "value": percent, "unit": "P1"},
    }


def _secure_link(base, attachment):
    """A public evidence document, with the digest of its content."""
    return {
        "type": ["SecureLink", "Link"],
        "linkURL": f"{base}/web/content/{attachment.id}?download=true",
        "linkName": attachment.name,
        "linkType": attachment.mimetype or "application/octet-stream",
        "hashDigest": hashlib.sha256(attachment.raw or b"").hexdigest(),
        "hashMethod": "SHA-256",
    }
