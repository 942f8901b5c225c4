# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
{
    "name": "People Made Insights",
    "summary": "The network at a glance: a dashboard for staff, self-funding "
    "and the yearly impact report for funders",
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
        "people_made_circular",
        "people_made_story",
        "spreadsheet_dashboard",
        "report_xlsx",
    ],
    "data": [
        "security/ir.model.access.csv",
        "views/pm_insights_sale_views.xml",
        "views/pm_insights_funding_views.xml",
        "data/spreadsheet_dashboard_data.xml",
        "report/pm_impact_report.xml",
        "report/pm_impact_report_templates.xml",
        "wizards/pm_impact_report_wizard_views.xml",
        "views/people_made_insights_menus.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "people_made_insights/static/tests/tours/*.js",
        ],
    },
}
