# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
{
    "name": "People Made Vendor",
    "summary": "Member organisations own their products and stock, ship their "
    "own orders and work through the portal",
    "version": "19.0.1.1.0",
    "category": "Sales/People Made",
    "website": "https://www.peoplemade.be",
    "author": "People Made",
    "maintainers": ["people-made"],
    "license": "LGPL-3",
    "development_status": "Alpha",
    "installable": True,
    "depends": [
        "people_made",
        "website_sale",
        "website_sale_collect",
        "stock_delivery",
        "portal",
        "report_xlsx",
    ],
    "data": [
        "security/res_groups.xml",
        "security/people_made_vendor_security.xml",
        "security/ir.model.access.csv",
        "data/stock_route_data.xml",
        "data/ir_config_parameter_data.xml",
        "data/mail_template_data.xml",
        "data/website_data.xml",
        "data/delivery_carrier_data.xml",
        "report/pm_sold_lines_xlsx.xml",
        "wizards/pm_product_reject_wizard_views.xml",
        "views/res_partner_views.xml",
        "views/product_template_views.xml",
        "views/stock_picking_views.xml",
        "views/delivery_carrier_views.xml",
        "views/pm_sales_ledger_views.xml",
        "views/people_made_vendor_menus.xml",
        "views/stock_quant_views.xml",
        "views/website_templates.xml",
        "views/portal_templates.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "people_made_vendor/static/tests/tours/*.js",
        ],
    },
    "demo": [
        "demo/res_partner_demo.xml",
        "demo/product_demo.xml",
        "demo/delivery_carrier_demo.xml",
    ],
}
