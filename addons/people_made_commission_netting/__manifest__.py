# Copyright 2026 People Made
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl-3.0).
{
    "name": "People Made Commission Netting",
    "summary": "Agent model: one vendor payment of what was collected in a "
    "member's name, its commission invoice set off (OCA account_netting)",
    "version": "19.0.1.0.0",
    "category": "Sales/People Made",
    "website": "https://www.peoplemade.be",
    "author": "People Made",
    "maintainers": ["people-made"],
    # AGPL as OCA's account_netting it depends on: our LGPL addons may not
    "license": "AGPL-3",
    "development_status": "Alpha",
    "installable": True,
    "auto_install": True,
    "depends": [
        "people_made_commission",
        "account_netting",
    ],
    "data": [
        "views/pm_settlement_views.xml",
    ],
}
