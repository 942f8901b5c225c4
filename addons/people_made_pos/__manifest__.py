# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
{
    "name": "People Made Point of Sale",
    "summary": "The physical shops, displays and market stalls in the Point of "
    "Sale: the maker on every line, the makers' own stock, settled with the "
    "commission",
    "version": "19.0.1.0.0",
    "category": "Sales/People Made",
    "website": "https://www.peoplemade.be",
    "author": "People Made",
    "maintainers": ["people-made"],
    "license": "LGPL-3",
    "development_status": "Alpha",
    "installable": True,
    "depends": [
        "people_made_vendor",
        "people_made_commission",
        "point_of_sale",
        "pos_sale",
    ],
    "data": [
        "security/ir.model.access.csv",
        "security/people_made_pos_security.xml",
        "views/pos_config_views.xml",
        "views/pos_order_views.xml",
        "views/pm_market_rota_views.xml",
        "views/stock_picking_views.xml",
        "views/pm_settlement_views.xml",
        "report/pm_pos_display_report_views.xml",
        "views/people_made_pos_menus.xml",
    ],
    "assets": {
        "point_of_sale._assets_pos": [
            "people_made_pos/static/src/app/**/*",
        ],
        "web.assets_tests": [
            "people_made_pos/static/tests/tours/**/*",
        ],
    },
}
