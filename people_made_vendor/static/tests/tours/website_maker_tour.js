/* Copyright 2026 People Made
 * License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0). */
import {registry} from "@web/core/registry";

// A shopper sees who made a product in the shop and visits the maker's page.
registry.category("web_tour.tours").add("people_made_maker_tour", {
    url: "/shop?search=Tourkurk",
    steps: () => [
        {
            content: "The product card names its maker",
            trigger: ".oe_product:contains('Tourkurk onderzetter') .pm_maker_line a:contains('Atelier Tour')",
            run: "click",
            expectUnloadPage: true,
        },
        {
            content: "The maker page tells its story",
            trigger: ".pm_maker h1:contains('Atelier Tour')",
        },
        {
            content: "It tells the maker's story",
            trigger: ".pm_maker_story:contains('Wij maken onderzetters van kurk')",
        },
        {
            content: "And lists the maker's products",
            trigger: ".pm_maker_product:contains('Tourkurk onderzetter')",
        },
    ],
});
