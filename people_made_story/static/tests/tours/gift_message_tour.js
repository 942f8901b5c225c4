/* Copyright 2026 People Made
 * License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0). */
import {registry} from "@web/core/registry";

// A giver scans an unused tag of wrapping textile and leaves a message; a
// script payload in it must come back as plain text. The test then opens the
// tag as the recipient (the script-free story page) and checks the message.
registry.category("web_tour.tours").add("people_made_gift_message_tour", {
    steps: () => [
        {
            content: "The form says what it is for",
            trigger: ".pm_gift_form_page h1:contains('A gift message')",
        },
        {
            content: "Write the message",
            trigger: "textarea[name=message]",
            run: "edit Veel geluk in jullie nieuwe huis! <script>alert('xss')</script>",
        },
        {
            content: "Sign it",
            trigger: "input[name=signature]",
            run: "edit Tante Mieke",
        },
        {
            content: "Agree to keep it",
            trigger: "input[name=consent]",
            run: "click",
        },
        {
            content: "Save",
            trigger: "button.pm_gift_save",
            run: "click",
            expectUnloadPage: true,
        },
        {
            content: "The giver gets its private edit link",
            trigger: ".pm_gift_saved input.pm_gift_edit_url[value*='/g/']",
        },
        {
            content: "And a way to see what the recipient will see",
            trigger: ".pm_gift_saved a.pm_gift_view[href^='/t/']",
        },
    ],
});

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
            run: "click",
            expectUnloadPage: true,
        },
        {
            content: "Write the message",
            trigger: "textarea[name=message]",
            run: "edit Voor de kleine, met liefde",
        },
        {
            content: "Agree to keep it",
            trigger: "input[name=consent]",
            run: "click",
        },
        {
            content: "Save",
            trigger: "button.pm_gift_save",
            run: "click",
            expectUnloadPage: true,
        },
        {
            content: "Back in the cart, the line carries the message",
            trigger: ".pm_gift_cart .pm_gift_cart_text:contains('Voor de kleine, met liefde')",
        },
    ],
});
