# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
{
    "name": "People Made Circular",
    "summary": "Materials and waste streams, an evidence-based circular label "
    "and the waste diverted by sales",
    "version": "19.0.1.2.0",
    "category": "Sales/People Made",
    "website": "https://www.peoplemade.be",
    "author": "People Made",
    "maintainers": ["people-made"],
    "license": "LGPL-3",
    "development_status": "Alpha",
    "installable": True,
    "post_init_hook": "post_init_hook",
    "depends": ["people_made_vendor", "account", "website_sale", "report_xlsx"],
    "data": [
        "security/ir.model.access.csv",
        "data/pm_material_data.xml",
        "data/website_data.xml",
        "views/pm_material_views.xml",
        "views/pm_material_source_views.xml",
        "views/pm_certification_scheme_views.xml",
        "views/pm_certificate_views.xml",
        "views/product_template_views.xml",
        "views/res_config_settings_views.xml",
        "report/pm_circular_impact_views.xml",
        "report/pm_product_label_templates.xml",
        "wizards/pm_label_print_wizard_views.xml",
        "views/website_templates.xml",
        "views/people_made_circular_menus.xml",
    ],
    "assets": {
        "web.assets_frontend": [
            "people_made_circular/static/src/scss/pm_circular.scss",
        ],
        "web.assets_tests": [
            "people_made_circular/static/tests/tours/*.js",
        ],
    },
    "demo": [
        "demo/pm_circular_demo.xml",
    ],
}
