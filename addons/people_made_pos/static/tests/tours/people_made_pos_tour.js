/* Copyright 2026 People Made
   License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0). */
import * as Chrome from "@point_of_sale/../tests/pos/tours/utils/chrome_util";
import * as Dialog from "@point_of_sale/../tests/generic_helpers/dialog_util";
import * as Numpad from "@point_of_sale/../tests/generic_helpers/numpad_util";
import * as Order from "@point_of_sale/../tests/generic_helpers/order_widget_util";
import * as PaymentScreen from "@point_of_sale/../tests/pos/tours/utils/payment_screen_util";
import * as ProductScreen from "@point_of_sale/../tests/pos/tours/utils/product_screen_util";
import * as ReceiptScreen from "@point_of_sale/../tests/pos/tours/utils/receipt_screen_util";
import * as TicketScreen from "@point_of_sale/../tests/pos/tours/utils/ticket_screen_util";
import { inLeftSide } from "@point_of_sale/../tests/pos/tours/utils/common";
import { registry } from "@web/core/registry";

function makerOnTile(product, maker) {
    return {
        content: `the tile of ${product} shows its maker ${maker}`,
        trigger: `article.product:has(.product-name:contains("${product}")) .pm-maker:contains("${maker}")`,
    };
}

function receiptMadeBy(product, maker) {
    return {
        content: `the receipt says ${product} is made by ${maker}`,
        trigger: `.pos-receipt li.orderline:has(.product-name:contains("${product}")) .pm-made-by:contains("Made by ${maker}")`,
    };
}

registry.category("web_tour.tours").add("people_made_pos_makers", {
    steps: () =>
        [
            Chrome.startPoS(),
            Dialog.confirm("Open Register"),
            makerOnTile("Linnen theedoek", "De Vlaspit"),
            makerOnTile("Kurken onderzetter", "Atelier Kurk"),
            {
                content: "People Made's own product has no maker",
                trigger: `article.product:has(.product-name:contains("Cadeauverpakking")):not(:has(.pm-maker))`,
            },
            ProductScreen.addOrderline("Linnen theedoek", "2"),
            ProductScreen.addOrderline("Kurken onderzetter", "1"),
            ProductScreen.addOrderline("Cadeauverpakking", "1"),
            ProductScreen.totalAmountIs("35.00"),
            ProductScreen.clickPayButton(),
            PaymentScreen.clickPaymentMethod("Bank"),
            PaymentScreen.clickValidate(),
            ReceiptScreen.isShown(),
            receiptMadeBy("Linnen theedoek", "De Vlaspit"),
            receiptMadeBy("Kurken onderzetter", "Atelier Kurk"),
            {
                content: "no maker on the line of People Made's own product",
                trigger: `.pos-receipt li.orderline:has(.product-name:contains("Cadeauverpakking")):not(:has(.pm-made-by))`,
            },
            ReceiptScreen.clickNextOrder(),
            // refund one of the two tea towels
            Chrome.clickOrders(),
            TicketScreen.selectFilter("Paid"),
            TicketScreen.selectOrder("0001"),
            inLeftSide([
                ...Order.hasLine({ productName: "Linnen theedoek", withClass: ".selected" }),
                Numpad.click("1"),
            ]),
            TicketScreen.confirmRefund(),
            PaymentScreen.isShown(),
            PaymentScreen.totalIs("-12.50"),
            PaymentScreen.clickPaymentMethod("Bank"),
            PaymentScreen.clickValidate(),
            ReceiptScreen.isShown(),
            receiptMadeBy("Linnen theedoek", "De Vlaspit"),
        ].flat(),
});
