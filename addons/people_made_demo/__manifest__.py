# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
{
    "name": "People Made Demo Network",
    "summary": "The demo network as a new user meets it: shop, tills, sales",
    "version": "19.0.1.2.0",
    "category": "Sales/People Made",
    "website": "https://www.peoplemade.be",
    "author": "People Made",
    "maintainers": ["people-made"],
    "license": "LGPL-3",
    "development_status": "Alpha",
    "installable": True,
    "depends": [
        "people_made_pos",
        "people_made_story",
        "people_made_circular",
        "people_made_commission",
        "website_sale_collect",
        "people_made_basket",
        "people_made_insights",
    ],
    "demo": [
        "demo/website_demo.xml",
        "demo/crm_team_demo.xml",
        "demo/product_public_category_demo.xml",
        "demo/product_demo.xml",
        "demo/pm_circular_demo.xml",
        "demo/pm_material_source_demo.xml",
        "demo/res_partner_bank_demo.xml",
        "demo/pos_config_demo.xml",
        "demo/sale_order_demo.xml",
        "demo/pm_basket_demo.xml",
        "demo/pm_insights_demo.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "people_made_demo/static/tests/tours/*.js",
        ],
    },
}
