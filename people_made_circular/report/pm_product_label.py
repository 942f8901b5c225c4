# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import base64

from odoo import api, models
from odoo.exceptions import UserError

from odoo.addons.people_made.tools import QR_QUIET_ZONE, qr_image

# Print quality: a QR module of at least 0.4 mm (the quiet zone is the helper's).
QR_MODULE_MM = 0.5
LAYOUTS = {"3x7": (3, 7), "2x7": (2, 7)}


class PmProductLabel(models.AbstractModel):
    """People Made product labels: logo, name, price, maker and QR code."""

    _name = "report.people_made_circular.product_label"
    _description = "People Made Product Label"

    @api.model
    def _pm_qr(self, url):
        """The QR code of ``url``: a PNG data URI and its printed size in mm."""
        png, modules = qr_image(url, "png", with_modules=True)
        return {
            "src": "data:image/png;base64," + base64.b64encode(png).decode(),
            "size_mm": (modules + 2 * QR_QUIET_ZONE) * QR_MODULE_MM,
            "module_mm": QR_MODULE_MM,
            "modules": modules,
        }

    @api.model
    def _pm_labels(self, quantities):
        """One entry a label, in order.

        :param quantities: list of (product.product id, number of labels)
        """
        Product = self.env["product.product"]
        products = Product.browse([pid for pid, _qty in quantities]).exists()
        labels, cache = [], {}
        for product_id, qty in quantities:
            product = products.filtered(lambda p, pid=product_id: p.id == pid)
            if not product or qty <= 0:
                continue
            if product not in cache:
                url = product.product_tmpl_id._pm_label_url()
                cache[product] = {
                    "product": product,
                    "url": url,
                    "qr": self._pm_qr(url),
                    "circular": product.pm_is_circular,
                    # green only under a valid certificate in the certified
                    # mode, checked when the label is printed
                    "mark": product.product_tmpl_id.pm_has_mark,
                    "fact": self._pm_fact(product),
                }
            labels.extend([cache[product]] * int(qty))
        return labels

    @api.model
    def _pm_fact(self, product):
        """The specific fact a label states, never a generic claim
        (Directive (EU) 2024/825): its share of reclaimed material."""
        if not product.pm_is_circular:
            return ""
        return self.env._(
            "%(share)s %% reclaimed material",
            share=product.product_tmpl_id._pm_number(product.pm_reclaimed_share),
        )

    @api.model
    def _get_report_values(self, docids, data):
        data = data or {}
        layout = data.get("layout", "3x7")
        if layout not in LAYOUTS:
            raise UserError(
                self.env._("Unknown label layout: %(layout)s", layout=layout)
            )
        columns, rows = LAYOUTS[layout]
        quantities = data.get("quantities") or [(pid, 1) for pid in docids or []]
        labels = self._pm_labels([(int(p), int(q)) for p, q in quantities])
        per_page = columns * rows
        pages = [labels[i : i + per_page] for i in range(0, len(labels), per_page)]
        return {
            "pages": pages,
            "columns": columns,
            "layout": layout,
        }

    @api.model
    def _pm_zpl(self, quantities):
        """The labels as ZPL II for thermal printers (50 × 30 mm at 203 dpi)."""
        out = []
        for label in self._pm_labels(quantities):
            product = label["product"]
            maker = (
                self.env._("Made by %(maker)s", maker=product.pm_member_id.name)
                if product.pm_member_id
                else ""
            )
            price = product.currency_id.format(product.lst_price)
            fact = label["fact"]
            if label["mark"]:
                # a thermal label has no colour: the certified mark in words
                fact = self.env._("certified %(fact)s", fact=fact).strip()
            out.append(
                "\n".join(
                    [
                        "^XA",
                        "^CI28",
                        "^PW400^LL240",
                        f"^FO20,20^A0N,28,28^FB230,2,0,L^FD{_zpl_text(product.name)}^FS",
                        f"^FO20,90^A0N,32,32^FD{_zpl_text(price)}^FS",
                        f"^FO20,140^A0N,20,20^FB230,2,0,L^FD{_zpl_text(maker)}^FS",
                        f"^FO20,200^A0N,20,20^FDPeople Made  {_zpl_text(fact)}^FS",
                        # magnification 4 dots: 0.5 mm modules at 203 dpi
                        f"^FO255,40^BQN,2,4^FDMA,{label['url']}^FS",
                        "^XZ",
                    ]
                )
            )
        return "\n".join(out) + "\n"


def _zpl_text(text):
    """Field data without ZPL's command characters."""
    return (text or "").replace("^", " ").replace("~", " ")
