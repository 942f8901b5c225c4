# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""QR codes of People Made URLs: on labels, story pages and tags."""

import io

import qrcode
import qrcode.image.svg

# print resolution of the PNG: a module of 0.5 mm at 600 dpi is ~12 pixels
QR_PNG_BOX = 12
# scanners need a quiet zone of 4 modules around the code
QR_QUIET_ZONE = 4


def qr_image(url, kind="svg", with_modules=False):
    """``url`` as a QR code: SVG, or PNG at print resolution (bytes).

    :param with_modules: also return the code's width in modules (without
        its quiet zone), to size it when printed
    """
    code = qrcode.QRCode(
        error_correction=qrcode.constants.ERROR_CORRECT_M,
        box_size=QR_PNG_BOX,
        border=QR_QUIET_ZONE,
        image_factory=qrcode.image.svg.SvgPathImage if kind == "svg" else None,
    )
    code.add_data(url)
    code.make(fit=True)
    buffer = io.BytesIO()
    code.make_image().save(buffer)
    if with_modules:
        return buffer.getvalue(), code.modules_count
    return buffer.getvalue()
