/* Copyright 2026 People Made
   License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0). */
import * as Chrome from "@point_of_sale/../tests/pos/tours/utils/chrome_util";
import * as Dialog from "@point_of_sale/../tests/generic_helpers/dialog_util";
import * as PaymentScreen from "@point_of_sale/../tests/pos/tours/utils/payment_screen_util";
import * as ProductScreen from "@point_of_sale/../tests/pos/tours/utils/product_screen_util";
import * as ReceiptScreen from "@point_of_sale/../tests/pos/tours/utils/receipt_screen_util";
import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("people_made_pos_story_qr", {
    steps: () =>
        [
            Chrome.startPoS(),
            Dialog.confirm("Open Register"),
            ProductScreen.addOrderline("Linnen theedoek", "2"),
            ProductScreen.addOrderline("Cadeauverpakking", "1"),
            ProductScreen.clickPayButton(),
            PaymentScreen.clickPaymentMethod("Bank"),
            PaymentScreen.clickValidate(),
            ReceiptScreen.isShown(),
            {
                content: "the receipt has the QR code of the tea towel's story",
                trigger: `.pos-receipt .pm-story[data-url$="/s/vlas123"]:has(img.pm-story-qr[src^="data:image"]):contains("Linnen theedoek")`,
            },
            {
                content: "one story: the gift wrap has none",
                trigger: ".pos-receipt .pm-stories:not(:has(.pm-story ~ .pm-story))",
            },
        ].flat(),
});
