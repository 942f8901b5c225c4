# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
{
    "name": "People Made Story",
    "summary": "A story behind every QR code: who made the product, from what, "
    "and the journey of its material",
    "version": "19.0.1.2.1",
    "category": "Sales/People Made",
    "website": "https://www.peoplemade.be",
    "author": "People Made",
    "maintainers": ["people-made"],
    "license": "LGPL-3",
    "development_status": "Alpha",
    "installable": True,
    "depends": ["people_made_vendor", "website_sale", "portal", "stock", "sale"],
    "external_dependencies": {"python": ["qrcode"]},
    "post_init_hook": "post_init_hook",
    "data": [
        "security/ir.model.access.csv",
        "data/ir_cron_data.xml",
        "views/story_templates.xml",
        "views/product_template_views.xml",
        "views/res_partner_views.xml",
        "views/portal_templates.xml",
        "report/pm_story_scan_views.xml",
        "views/pm_story_tag_views.xml",
        "views/gift_templates.xml",
        "views/pm_gift_message_views.xml",
        "views/people_made_story_menus.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "people_made_story/static/tests/tours/*.js",
        ],
    },
}
