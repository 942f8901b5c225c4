# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.tests import tagged

from odoo.addons.point_of_sale.tests.test_frontend import TestPointOfSaleHttpCommon


@tagged("post_install", "-at_install")
class TestStoryOnReceipt(TestPointOfSaleHttpCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env.user.group_ids |= cls.env.ref("people_made.group_pm_manager")
        member = cls.env["res.partner"].create(
            {
                "name": "De Vlaspit",
                "is_company": True,
                "is_pm_member": True,
                "pm_fulfilment": "shop",
                "email": "vlaspit@example.com",
            }
        )
        member.action_pm_activate()
        Product = cls.env["product.product"]
        common = {"available_in_pos": True, "taxes_id": [(5, 0, 0)]}
        cls.towel = Product.create(
            {
                **common,
                "name": "Linnen theedoek",
                "list_price": 12.5,
                "pm_member_id": member.id,
            }
        )
        cls.towel.product_tmpl_id.write({"pm_story_code": "vlas123"})
        wrap = Product.create({**common, "name": "Cadeauverpakking", "list_price": 2})
        # People Made's own product tells no story
        wrap.product_tmpl_id.write({"pm_story_code": False})

    def test_till_loads_the_story_code(self):
        self.main_pos_config.open_ui()
        session = self.main_pos_config.current_session_id
        data = session.load_data(["pos.config", "product.template"])
        codes = {p["id"]: p["_pm_story_code"] for p in data["product.template"]}
        self.assertEqual(codes[self.towel.product_tmpl_id.id], "vlas123")

    def test_receipt_shows_the_story_qr(self):
        self.main_pos_config.with_user(self.pos_user).open_ui()
        self.start_pos_tour("people_made_pos_story_qr")
