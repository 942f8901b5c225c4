# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
{
    "name": "People Made Commission",
    "summary": "Commission rules and settlements with the member organisations, "
    "by self-billing or commission invoices",
    "version": "19.0.1.2.0",
    "category": "Sales/People Made",
    "website": "https://www.peoplemade.be",
    "author": "People Made",
    "maintainers": ["people-made"],
    "license": "LGPL-3",
    "development_status": "Alpha",
    "installable": True,
    "depends": [
        "people_made_vendor",
        "account",
        "sales_team",
        "report_xlsx",
        "portal",
        "membership",
        "account_edi_ubl_cii",
        "account_peppol",
    ],
    "data": [
        "security/ir.model.access.csv",
        "security/people_made_commission_security.xml",
        "report/pm_statement_reports.xml",
        "report/report_invoice.xml",
        "data/mail_template_data.xml",
        "data/ir_cron_data.xml",
        "views/pm_commission_rule_views.xml",
        "views/pm_settlement_views.xml",
        "views/pm_membership_fee_views.xml",
        "views/crm_team_views.xml",
        "views/res_config_settings_views.xml",
        "wizards/pm_settlement_run_wizard_views.xml",
        "views/portal_templates.xml",
        "views/people_made_commission_menus.xml",
    ],
    "demo": [
        "demo/pm_commission_demo.xml",
    ],
}
