/* Copyright 2026 People Made
   License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0). */
import { OrderReceipt } from "@point_of_sale/app/screens/receipt_screen/receipt/order_receipt";
import { generateQRCodeDataUrl } from "@point_of_sale/utils";
import { patch } from "@web/core/utils/patch";

patch(OrderReceipt.prototype, {
    /** The stories of the order's products, once per product: its name, the
     * story's URL and its QR code. */
    get pmStories() {
        const stories = [];
        const seen = new Set();
        for (const line of this.order.lines || []) {
            const product = line.product_id?.product_tmpl_id;
            const code = product?._pm_story_code ?? product?.raw?._pm_story_code;
            if (!code || seen.has(code)) {
                continue;
            }
            seen.add(code);
            const url = `${this.order.config._base_url}/s/${code}`;
            stories.push({
                code,
                name: product.name,
                url,
                qr: generateQRCodeDataUrl(url, { width: 96, height: 96 }),
            });
        }
        return stories;
    },
});
