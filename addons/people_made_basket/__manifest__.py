# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
{
    "name": "People Made Gift Baskets",
    "summary": "Baskets of several makers' products, assembled and shipped by "
    "a hub, settled to each maker per item",
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
        "people_made_pos",
        "sale_mrp",
        "pos_mrp",
    ],
    "data": [
        "security/ir.model.access.csv",
        "security/people_made_basket_security.xml",
        "views/product_template_views.xml",
        "views/pm_basket_campaign_views.xml",
        "views/pm_basket_share_views.xml",
        "views/portal_templates.xml",
        "views/people_made_basket_menus.xml",
    ],
}
