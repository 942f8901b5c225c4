# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
{
    "name": "People Made",
    "summary": "The shared shop of the People Made social-economy network",
    "version": "19.0.1.0.0",
    "category": "Sales/People Made",
    "website": "https://www.peoplemade.be",
    "author": "People Made",
    "maintainers": ["people-made"],
    "license": "LGPL-3",
    "development_status": "Alpha",
    "application": True,
    "installable": True,
    "depends": ["contacts", "sale_stock", "l10n_be"],
    "external_dependencies": {"python": ["qrcode"]},
    "data": [
        "security/people_made_security.xml",
        "views/res_partner_views.xml",
        "views/product_template_views.xml",
        "views/res_config_settings_views.xml",
        "views/people_made_menus.xml",
    ],
    "demo": [
        "demo/res_company_demo.xml",
        "demo/res_partner_demo.xml",
        "demo/stock_warehouse_demo.xml",
        "demo/product_demo.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "people_made/static/tests/tours/*.js",
        ],
    },
}
