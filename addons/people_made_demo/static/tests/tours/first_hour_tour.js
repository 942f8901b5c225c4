/* Copyright 2026 People Made
 * License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0). */
import * as Chrome from "@point_of_sale/../tests/pos/tours/utils/chrome_util";
import * as Dialog from "@point_of_sale/../tests/generic_helpers/dialog_util";
import * as PaymentScreen from "@point_of_sale/../tests/pos/tours/utils/payment_screen_util";
import * as ProductScreen from "@point_of_sale/../tests/pos/tours/utils/product_screen_util";
import * as ReceiptScreen from "@point_of_sale/../tests/pos/tours/utils/receipt_screen_util";
import {registry} from "@web/core/registry";

// Names of Odoo's demo products: none may show in People Made's shop.
const ODOO_DEMO = ["Desk", "Chair", "Cabinet", "Drawer", "Warranty", "Storage Box", "Screen"];
// English words of the pages that Dutch translates: none may stay English
// on a Dutch page.
const ENGLISH = [
    "Add to cart",
    "Add to Cart",
    "All Products",
    "Categories",
    "Sort By",
    "Search",
    "Sign in",
    "Contact us",
    "Checkout",
    "Order summary",
    "Subtotal",
    "Taxes",
    "Pick up in store",
    "Our makers",
    "products",
    "Made by",
    "Continue",
    "Quantity",
    "Terms",
];

function pageIsPeopleMade(lang) {
    return {
        content: `the ${lang} page is People Made's, in euro, without English`,
        trigger: "body",
        run() {
            const text = document.body.innerText;
            if (text.includes("$")) {
                throw new Error("a price in dollars");
            }
            for (const name of ODOO_DEMO) {
                if (new RegExp(`\\b${name}\\b`).test(text)) {
                    throw new Error(`Odoo's demo product on the page: ${name}`);
                }
            }
            if (lang === "nl") {
                for (const word of ENGLISH) {
                    if (new RegExp(`(^|[^\\w-])${word}([^\\w-]|$)`).test(text)) {
                        throw new Error(`English on a Dutch page: ${word}`);
                    }
                }
            }
        },
    };
}

// The shop as a new shopper meets it: the Dutch shop, a product page, the
// French shop, click and collect at MAAKBAR and the checkout's total with
// Belgian VAT.
registry.category("web_tour.tours").add("people_made_first_hour_shop", {
    url: "/nl/shop",
    steps: () => [
        {
            content: "the Dutch shop lists the members' products in euro",
            trigger: ".oe_product:contains('Draagtas van jeans') .oe_currency_value:contains('24,95')",
        },
        {
            content: "in the members' categories",
            trigger: "a:contains('Textiel en tassen')",
        },
        pageIsPeopleMade("nl"),
        {
            content: "open a product",
            trigger: ".oe_product a:contains('Draagtas van jeans')",
            run: "click",
            expectUnloadPage: true,
        },
        {
            content: "the product page shows the price with VAT and its maker",
            trigger: "#product_details:contains('Kringwinkel Hageland') .oe_price .oe_currency_value:contains('24,95')",
        },
        pageIsPeopleMade("nl"),
        {
            content: "choose where to collect it",
            trigger: "[name='click_and_collect_availability']",
            run: "click",
        },
        {
            content: "MAAKBAR is the pick-up point",
            trigger: ".o_location_selector:contains('Maakbar')",
        },
        {
            content: "collect it at MAAKBAR",
            trigger: "#submit_location_large",
            run: "click",
        },
        {
            content: "the product page says where",
            trigger: "[name='click_and_collect_availability']:contains('Maakbar')",
        },
        {
            content: "add it to the cart",
            trigger: "#add_to_cart",
            run: "click",
        },
        {
            content: "the cart holds it",
            trigger: "sup.my_cart_quantity:text(1)",
        },
        {
            content: "the shop in French",
            trigger: "body",
            run() {
                window.location.href = "/fr/shop";
            },
            expectUnloadPage: true,
        },
        {
            content: "the French shop: the same products, in French",
            trigger: ".oe_product:contains('Sac cabas en jean') .oe_currency_value:contains('24,95')",
        },
        {
            content: "in French categories",
            trigger: "a:contains('Textile et sacs')",
        },
        pageIsPeopleMade("fr"),
        {
            content: "to the Dutch cart",
            trigger: "body",
            run() {
                window.location.href = "/nl/shop/cart";
            },
            expectUnloadPage: true,
        },
        pageIsPeopleMade("nl"),
        {
            content: "check out",
            trigger: "a[href^='/nl/shop/checkout'], a[href^='/shop/checkout']",
            run: "click",
            expectUnloadPage: true,
        },
        {
            content: "a Belgian shopper's address",
            trigger: "select[name='country_id']",
            run: "selectByLabel België",
        },
        {trigger: "input[name='name']", run: "edit Els Peeters"},
        {trigger: "input[name='email']", run: "edit els.peeters@example.com"},
        {trigger: "input[name='phone']", run: "edit +32 470 00 00 00"},
        {trigger: "input[name='street']", run: "edit Bondgenotenlaan 1"},
        {trigger: "input[name='city']", run: "edit Leuven"},
        {trigger: "input[name='zip']", run: "edit 3000"},
        {
            content: "continue",
            trigger: "[name='website_sale_main_button']",
            run: "click",
            expectUnloadPage: true,
        },
        {
            content: "click and collect is chosen",
            trigger: "input[name='o_delivery_radio'][data-delivery-type='in_store']:checked",
        },
        {
            content: "at MAAKBAR",
            trigger: "[name='o_pickup_location_name']:contains('Maakbar')",
        },
        pageIsPeopleMade("nl"),
        {
            content: "the total is the shop's price, 21 % VAT included",
            trigger: "tr[name='o_order_total'] .oe_currency_value:contains('24,95')",
        },
        {
            content: "of which VAT",
            trigger: "tr[name='o_order_total_taxes'] .oe_currency_value:contains('4,33')",
        },
    ],
});

// A member's portal: VELO sees its products, sales and deliveries.
registry.category("web_tour.tours").add("people_made_first_hour_portal", {
    url: "/nl/my",
    steps: () => [
        {
            content: "the member's overview",
            trigger: ".pm_month_sales",
        },
        pageIsPeopleMade("nl"),
        {
            content: "its products",
            trigger: "body",
            run() {
                window.location.href = "/nl/my/pm/products";
            },
            expectUnloadPage: true,
        },
        {
            content: "VELO's belt, in Dutch",
            trigger: "td:contains('Riem van binnenbanden'), a:contains('Riem van binnenbanden')",
        },
        pageIsPeopleMade("nl"),
    ],
});

// A cashier at MAAKBAR sells a member's product, in Dutch (the cashier's
// language).
registry.category("web_tour.tours").add("people_made_first_hour_till", {
    steps: () =>
        [
            Chrome.startPoS(),
            Dialog.confirm("Kassa openen"),
            ProductScreen.addOrderline("Draagtas van jeans", "1"),
            ProductScreen.totalAmountIs("24,95"),
            ProductScreen.clickPayButton(),
            {
                content: "pay by card",
                trigger:
                    ".paymentmethods .button.paymentmethod:has(.payment-name:contains('Kaart')), .paymentmethods .button.paymentmethod:has(.payment-name:contains('Card'))",
                run: "click",
            },
            PaymentScreen.clickValidate(),
            ReceiptScreen.isShown(),
            {
                content: "the receipt names the maker",
                trigger: ".pos-receipt .pm-made-by:contains('Kringwinkel Hageland')",
            },
        ].flat(),
});
