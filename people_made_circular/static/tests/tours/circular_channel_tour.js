/* Copyright 2026 People Made
 * License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0). */
import {registry} from "@web/core/registry";

// A shopper narrows the shop to circular products made of textile, reads what
// one is made of and where its material came from, then the label's criteria.
registry.category("web_tour.tours").add("people_made_circular_tour", {
    url: "/shop?search=Tourcirc",
    steps: () => [
        {
            content: "Every product has the logo in its one colour (facts-only mode)",
            trigger: ".oe_product:contains('Tourcirc nieuwe mand') .pm_logo_brand",
        },
        {
            content: "Show only circular products",
            trigger: "a.pm_circular_toggle",
            run: "click",
            expectUnloadPage: true,
        },
        {
            content: "The channel explains itself",
            trigger: ".pm_circular_intro",
        },
        {
            content: "Filter on textile",
            trigger: ".pm_material_filter a:contains('Textile')",
            run: "click",
            expectUnloadPage: true,
        },
        {
            content: "The cork product is gone",
            trigger: "#products_grid:not(:has(.oe_product:contains('Tourcirc kurken')))",
        },
        {
            content: "The textile product has the same logo, no green mark; open it",
            trigger:
                ".oe_product:contains('Tourcirc inpaktextiel'):has(.pm_logo_brand):not(:has(.pm_logo_circular)) a:contains('Tourcirc inpaktextiel')",
            run: "click",
            expectUnloadPage: true,
        },
        {
            content: "The page says the evidenced fact",
            trigger: ".pm_circular_claim:contains('reclaimed cotton from Kringwinkel Test')",
        },
        {
            content: "It shows what the product is made of",
            trigger: ".pm_composition_line:contains('Cotton')",
        },
        {
            content: "And the journey of its material",
            trigger: ".pm_chain:contains('Kringwinkel Test'):contains('Naaiatelier Test')",
        },
        {
            content: "Read the criteria",
            trigger: ".pm_circular_facts a[href='/circular/criteria']",
            run: "click",
            expectUnloadPage: true,
        },
        {
            content: "The criteria state the threshold",
            trigger: ".pm_circular_criteria .pm_threshold:contains('50 %')",
        },
    ],
});
