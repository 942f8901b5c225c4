/* Copyright 2026 People Made
 * License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0). */
import {registry} from "@web/core/registry";

// A member ships its part of a webshop order from its portal.
registry.category("web_tour.tours").add("people_made_portal_ship_tour", {
    url: "/my/home",
    steps: () => [
        {
            content: "The portal home shows the deliveries to ship",
            trigger: "a[href='/my/pm/deliveries']",
            run: "click",
            expectUnloadPage: true,
        },
        {
            content: "The delivery names the customer",
            trigger: ".pm_delivery:contains('Klant Janssens')",
        },
        {
            content: "Fill in the carrier",
            trigger: ".pm_delivery .pm_ship_form input[name='carrier']",
            run: "edit bpost",
        },
        {
            content: "Fill in the tracking reference",
            trigger: ".pm_delivery .pm_ship_form input[name='tracking_ref']",
            run: "edit 3232000011112222",
        },
        {
            content: "Mark it shipped",
            trigger: ".pm_delivery .pm_ship_form button[type='submit']",
            run: "click",
            expectUnloadPage: true,
        },
        {
            content: "It is confirmed and nothing is left to ship",
            trigger: ".alert-success:contains('is marked shipped')",
        },
        {
            trigger: "p.alert-info:contains('Nothing to ship')",
        },
    ],
});

// A member proposes a new product from its portal.
registry.category("web_tour.tours").add("people_made_portal_propose_tour", {
    url: "/my/pm/products",
    steps: () => [
        {
            content: "Propose a product",
            trigger: "a[href='/my/pm/products/new']",
            run: "click",
            expectUnloadPage: true,
        },
        {
            trigger: ".pm_product_form input[name='name']",
            run: "edit Kurken fruitschaal",
        },
        {
            trigger: ".pm_product_form input[name='price']",
            run: "edit 24,50",
        },
        {
            trigger: ".pm_product_form input[name='weight']",
            run: "edit 0.3",
        },
        {
            content: "Send it for approval",
            trigger: ".pm_product_form button[type='submit']",
            run: "click",
            expectUnloadPage: true,
        },
        {
            content: "It waits for approval",
            trigger: ".pm_product_row:contains('Kurken fruitschaal') .pm_product_state:contains('Proposed')",
        },
    ],
});
