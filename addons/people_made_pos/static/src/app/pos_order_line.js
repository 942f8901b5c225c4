/* Copyright 2026 People Made
   License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0). */
import { PosOrderline } from "@point_of_sale/app/models/pos_order_line";
import { _t } from "@web/core/l10n/translation";
import { patch } from "@web/core/utils/patch";

patch(PosOrderline.prototype, {
    /** "Made by <maker>" for the receipt, or nothing for People Made's own
     * products. */
    get pmMadeBy() {
        const maker = this.product_id?.product_tmpl_id?.pmMakerName;
        return maker ? _t("Made by %s", maker) : "";
    },
});
