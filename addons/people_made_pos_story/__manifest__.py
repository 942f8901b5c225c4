# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
{
    "name": "People Made Point of Sale Stories",
    "summary": "The receipt of the shops carries the QR codes of the products' stories",
    "version": "19.0.1.0.0",
    "category": "Sales/People Made",
    "website": "https://www.peoplemade.be",
    "author": "People Made",
    "maintainers": ["people-made"],
    "license": "LGPL-3",
    "development_status": "Alpha",
    "installable": True,
    "auto_install": True,
    "depends": ["people_made_pos", "people_made_story"],
    "assets": {
        "point_of_sale._assets_pos": [
            "people_made_pos_story/static/src/app/**/*",
        ],
        "web.assets_tests": [
            "people_made_pos_story/static/tests/tours/**/*",
        ],
    },
}
