# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from psycopg2 import IntegrityError

from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged
from odoo.tools import mute_logger

from .common import CircularCase

# Directive (EU) 2024/825: no generic environmental claims
GENERIC_CLAIMS = ("green", "eco", "sustainable", "groen", "duurzaam", "durable")


@tagged("post_install", "-at_install")
class TestComposition(CircularCase):
    def test_reclaimed_share_and_waste_diverted(self):
        self.assertEqual(self.product.pm_reclaimed_share, 60)
        self.assertAlmostEqual(self.product.pm_diverted_kg, 0.3)
        self.product.weight = 0.25
        self.assertAlmostEqual(self.product.pm_diverted_kg, 0.15)

    def test_shares_never_exceed_100(self):
        # savepoints: as a refused request rolls back its transaction
        with (
            self.assertRaisesRegex(ValidationError, "add up to 110 %"),
            self.env.cr.savepoint(),
        ):
            self.product.pm_composition_ids[1].share = 50
        with (
            self.assertRaisesRegex(ValidationError, "at most 100 %"),
            self.env.cr.savepoint(),
        ):
            self.env["pm.product.composition"].create(
                {
                    "product_tmpl_id": self.product.id,
                    "material_id": self.textile.id,
                    "share": 1,
                }
            )
        # what was there is kept
        self.assertEqual(
            sorted(self.product.pm_composition_ids.mapped("share")), [40, 60]
        )

    def test_share_must_be_positive(self):
        with (
            self.assertRaises(IntegrityError),
            mute_logger("odoo.sql_db"),
            self.env.cr.savepoint(),
        ):
            self.env["pm.product.composition"].create(
                {
                    "product_tmpl_id": self.product.id,
                    "material_id": self.textile.id,
                    "share": 0,
                }
            )

    def test_material_taxonomy(self):
        self.assertEqual(self.cotton.complete_name, "Textile / Cotton")
        self.assertEqual(self.cotton._pm_root(), self.textile)
        roots = self.env["pm.material"].search([("parent_id", "=", False)])
        for xmlid in (
            "textile",
            "plastic",
            "cork",
            "rubber",
            "wood",
            "green_waste",
            "food_surplus",
        ):
            self.assertIn(self.env.ref(f"people_made_circular.material_{xmlid}"), roots)
        with self.assertRaises(UserError), self.env.cr.savepoint():
            self.textile.parent_id = self.cotton


@tagged("post_install", "-at_install")
class TestCircularLabel(CircularCase):
    def test_no_evidence_no_label(self):
        self.assertFalse(self.product.pm_is_circular, "60 % reclaimed, but no evidence")
        with self.assertRaisesRegex(UserError, "Attach the documents"):
            self.product.action_pm_record_evidence()
        self.assertFalse(self.product.pm_evidence_checked_on)

    def test_evidence_makes_it_circular(self):
        self._attach_evidence(self.product)
        self.assertFalse(self.product.pm_is_circular, "attached but not checked")
        self.product.action_pm_record_evidence()
        self.assertEqual(self.product.pm_evidence_checked_by_id, self.env.user)
        self.assertEqual(
            self.product.pm_evidence_checked_on, self.env.company._pm_today()
        )
        self.assertTrue(self.product.pm_is_circular)
        self.assertIn(
            self.product,
            self.env["product.template"].search([("pm_is_circular", "=", True)]),
        )

    def test_threshold_is_a_setting(self):
        self._attach_evidence(self.product)
        self.product.action_pm_record_evidence()
        settings = self.env["res.config.settings"].create({"pm_circular_threshold": 75})
        settings.execute()
        self.assertEqual(self.env.company.pm_circular_threshold, 75)
        self.assertFalse(self.product.pm_is_circular, "60 % is below 75 %")
        self.env.company.pm_circular_threshold = 60
        self.assertTrue(self.product.pm_is_circular, "60 % reaches 60 %")

    def test_changed_composition_needs_new_check(self):
        self._attach_evidence(self.product)
        self.product.action_pm_record_evidence()
        self.product.pm_composition_ids[0].share = 55
        self.assertFalse(self.product.pm_evidence_checked_on)
        self.assertFalse(self.product.pm_is_circular)

    def test_weight_required(self):
        self._attach_evidence(self.product)
        self.product.weight = 0
        with (
            self.assertRaisesRegex(ValidationError, "needs its weight"),
            self.env.cr.savepoint(),
        ):
            self.product.action_pm_record_evidence()
        self.assertFalse(self.product.pm_evidence_checked_on)

    def test_claim_states_the_fact_not_a_generic_label(self):
        self._attach_evidence(self.product)
        self.product.action_pm_record_evidence()
        claim = self.product.pm_circular_claim
        self.assertEqual(
            claim,
            "60 % of its weight is reclaimed material: "
            "60 % reclaimed cotton from Kringwinkel Test.",
        )
        words = claim.lower().replace(",", " ").replace(".", " ").split()
        self.assertFalse(set(words) & set(GENERIC_CLAIMS))
        # a product that is not circular makes no claim at all
        self.product.pm_composition_ids[0].share = 50
        self.assertFalse(self.product.pm_circular_claim)


@tagged("post_install", "-at_install")
class TestCircularDemo(CircularCase):
    def setUp(self):
        super().setUp()
        if not self.env.ref("people_made.partner_velo", raise_if_not_found=False):
            self.skipTest("demo data not loaded")

    def test_demo_products(self):
        # the demo's threshold is the default one
        self.env.company.pm_circular_threshold = 50
        coasters = self.env.ref("people_made.product_cork_coasters")
        self.assertTrue(coasters.pm_is_circular)
        self.assertIn("from De Vlaspit", coasters.pm_circular_claim)
        k_lumets = self.env.ref("people_made.product_k_lumets")
        self.assertEqual(k_lumets.pm_reclaimed_share, 100)
        self.assertFalse(k_lumets.pm_is_circular, "no evidence recorded yet")
        wraps = self.env.ref("people_made.product_food_wraps")
        self.assertEqual(wraps.pm_reclaimed_share, 70, "the beeswax is virgin")
        chains = self.env["pm.material.source"].search(
            [("supplier_id", "=", self.env.ref("people_made.partner_velo").id)]
        )
        # its rubber, and with the demo network its inner tubes
        self.assertIn("Rubber", chains.material_id.mapped("name"))

    def test_demo_label_modes(self):
        """The demo shows facts only; switched to certified, the wrapping
        textile and the cork coasters get the green logo, and the coasters
        are among the products that lose it within 30 days."""
        textile = self.env.ref("people_made.product_wrapping_textile")
        coasters = self.env.ref("people_made.product_cork_coasters")
        self.assertEqual(self.env.ref("base.main_company").pm_label_mode, "facts")
        self.assertFalse(textile.pm_has_mark)
        self.assertIn(
            self.env.ref("people_made_circular.attachment_evidence_textile"),
            textile.pm_evidence_public_ids,
        )
        self.env.company.pm_label_mode = "certified"
        self.assertTrue(textile.pm_has_mark)
        self.assertTrue(coasters.pm_has_mark)
        action = self.env["pm.certificate"].action_pm_expiring_products()
        losing = self.env["product.template"].search(action["domain"])
        self.assertIn(coasters, losing)
        self.assertNotIn(textile, losing)
