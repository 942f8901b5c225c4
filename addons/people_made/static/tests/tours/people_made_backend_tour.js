/* Copyright 2026 People Made
 * License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0). */
import {registry} from "@web/core/registry";
import {stepUtils} from "@web_tour/tour_utils";

// Staff open the People Made app, find a member organisation and reach the settings.
registry.category("web_tour.tours").add("people_made_backend_tour", {
    steps: () => [
        ...stepUtils.goToAppSteps("people_made.menu_root", "Open the People Made app"),
        {
            content: "The members are listed, the tour's member among them",
            trigger: ".o_kanban_record:contains('Atelier Tourtest')",
            run: "click",
        },
        {
            content: "Its form says it is a People Made member",
            trigger: ".o_form_view div[name='is_pm_member'] input:checked",
        },
        {
            content: "Open the configuration menu",
            trigger: ".o-dropdown[data-menu-xmlid='people_made.menu_configuration']",
            run: "click",
        },
        {
            content: "Open the People Made settings",
            trigger: ".o-dropdown-item[data-menu-xmlid='people_made.menu_pm_settings']",
            run: "click",
        },
        {
            content: "The settings count the members",
            trigger: ".app_settings_block[data-key='people_made'] #pm_members div[name='pm_member_count'] span:text(1)",
        },
        {
            content: "Dutch and French are installed",
            trigger: ".app_settings_block[data-key='people_made'] #pm_languages .text-success",
        },
    ],
});
