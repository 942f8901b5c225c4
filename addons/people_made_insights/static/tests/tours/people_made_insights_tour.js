/* Copyright 2026 People Made
 * License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0). */
import {registry} from "@web/core/registry";

// Staff open the People Made dashboard from the People Made menu, then the
// impact report's dialog.
registry.category("web_tour.tours").add("people_made_insights_dashboard", {
    steps: () => [
        {
            content: "The dashboard is loaded, with its charts",
            trigger: ".o_spreadsheet_dashboard_action .o_renderer .o-figure",
            // the spreadsheet's bundle is loaded on first use
            timeout: 60000,
        },
        {
            content: "It is the People Made dashboard, in the People Made group",
            trigger: ".o_spreadsheet_dashboard_search_panel .active:contains('People Made Network')",
        },
        {
            content: "No loading error",
            trigger: ".o_spreadsheet_dashboard_action:not(:has(.dashboard-loading-status.error))",
        },
        {
            content: "Open the People Made app's Insights menu",
            trigger: ".o-dropdown[data-menu-xmlid='people_made_insights.menu_pm_insights']",
            run: "click",
        },
        {
            content: "Open the impact report",
            trigger: ".o-dropdown-item[data-menu-xmlid='people_made_insights.menu_pm_impact_report']",
            run: "click",
        },
        {
            content: "The dialog asks the year and offers the PDF and the XLSX",
            trigger: ".modal:has(div[name='year']) .modal-footer button[name='action_print_xlsx']",
        },
        {
            content: "Close it",
            trigger: ".modal button[special='cancel']",
            run: "click",
        },
        {
            content: "Back on the dashboard",
            trigger: ".o_spreadsheet_dashboard_action:not(:has(.modal))",
        },
    ],
});
