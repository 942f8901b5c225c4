/* Copyright 2026 People Made
 * License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0). */
import {registry} from "@web/core/registry";

// The gift form carries no script (as the story page it comes from): a step
// reads it and sends it as the browser's own form would, with the visitor's
// session and the form's CSRF token.
async function sendGiftForm(href, fields) {
    const text = await (await fetch(href)).text();
    const page = new DOMParser().parseFromString(text, "text/html");
    if (page.scripts.length) {
        throw new Error("the gift form loads a script");
    }
    const form = page.querySelector("form.pm_gift_form");
    const data = new FormData(form);
    for (const [name, value] of Object.entries(fields)) {
        data.set(name, value);
    }
    const response = await fetch(form.getAttribute("action"), {method: "POST", body: data});
    if (!response.ok) {
        throw new Error(`the gift form answered ${response.status}`);
    }
}

// At checkout, the buyer of wrapping textile adds a message to its cart line.
registry.category("web_tour.tours").add("people_made_gift_checkout_tour", {
    url: "/shop?search=Tourgift",
    steps: () => [
        {
            content: "Open the wrapping textile",
            trigger: ".oe_product a:contains('Tourgift inpaktextiel')",
            run: "click",
            expectUnloadPage: true,
        },
        {
            content: "Add it to the cart",
            trigger: "#add_to_cart",
            run: "click",
        },
        {
            content: "Go to the cart",
            trigger: "a sup.my_cart_quantity:text(1)",
            run: "click",
            expectUnloadPage: true,
        },
        {
            content: "Add a gift message to the line",
            trigger: ".pm_gift_cart a.pm_gift_cart_link",
            async run() {
                const link = document.querySelector(".pm_gift_cart a.pm_gift_cart_link");
                await sendGiftForm(link.href, {
                    message: "Voor de kleine, met liefde",
                    consent: "1",
                });
                window.location.reload();
            },
            expectUnloadPage: true,
        },
        {
            content: "Back in the cart, the line carries the message",
            trigger: ".pm_gift_cart .pm_gift_cart_text:contains('Voor de kleine, met liefde')",
        },
    ],
});
