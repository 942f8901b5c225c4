/* Copyright 2026 People Made
   License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0). */
import { ProductTemplate } from "@point_of_sale/app/models/product_template";
import { patch } from "@web/core/utils/patch";

patch(ProductTemplate.prototype, {
    /** The maker's name: products carry its id (``_pm_member_id``), the
     * configuration the names (loaded once, not once per product). */
    get pmMakerName() {
        const makerId = this._pm_member_id ?? this.raw?._pm_member_id;
        if (!makerId) {
            return "";
        }
        const names = this.models["pos.config"].getFirst()?._pm_maker_names || {};
        return names[makerId] || "";
    },
});
