# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Draw the demo products' pictures (run once at development time, with
Pillow; the PNG files are committed): a flat drawing of each product on a
coloured ground, 512 x 512 pixels. Our own work, LGPL-3 like the addon."""

import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

SIZE = 512
HERE = Path(__file__).parent


def ground(colour):
    image = Image.new("RGB", (SIZE, SIZE), colour)
    return image, ImageDraw.Draw(image)


def bag(d, colour, handle="#3b3b3b"):
    d.arc((176, 90, 336, 250), 180, 360, fill=handle, width=14)
    d.rounded_rectangle((136, 170, 376, 420), 18, fill=colour)


def jar(d, colour, lid="#8a6d3b"):
    d.rounded_rectangle(
        (176, 170, 336, 420), 30, fill=colour, outline="#ffffff", width=6
    )
    d.rectangle((190, 130, 322, 172), fill=lid)


def circles(d, colour, n=4):
    for i in range(n):
        x = 120 + (i % 2) * 160
        y = 120 + (i // 2) * 160
        d.ellipse((x, y, x + 130, y + 130), fill=colour, outline="#6b4f2a", width=6)


def box(d, colour, ribbon="#c0392b"):
    d.rectangle((126, 190, 386, 420), fill=colour)
    d.rectangle((110, 160, 402, 210), fill=colour, outline="#00000030")
    d.rectangle((240, 160, 272, 420), fill=ribbon)
    d.ellipse((200, 110, 256, 166), outline=ribbon, width=12)
    d.ellipse((256, 110, 312, 166), outline=ribbon, width=12)


def square_cloth(d, colours):
    step = 70
    for i in range(4):
        for j in range(4):
            d.rectangle(
                (
                    116 + i * step,
                    116 + j * step,
                    116 + (i + 1) * step,
                    116 + (j + 1) * step,
                ),
                fill=colours[(i + j) % len(colours)],
            )


def rings(d, colour):
    for x in (150, 290):
        d.line((x + 36, 90, x + 36, 170), fill="#9a9a9a", width=6)
        d.ellipse((x, 170, x + 72, 330), outline=colour, width=22)


def stool(d, colour):
    d.ellipse((146, 140, 366, 210), fill=colour)
    for x0, x1 in ((170, 150), (342, 362), (230, 226), (282, 286)):
        d.line((x0, 190, x1, 420), fill=colour, width=20)


def planter(d, colour):
    d.polygon([(130, 250), (382, 250), (352, 420), (160, 420)], fill=colour)
    for x in (190, 256, 322):
        d.ellipse((x - 40, 150, x + 40, 260), fill="#4c8c3a")


def insect_hotel(d, colour):
    d.polygon([(256, 90), (406, 200), (106, 200)], fill="#7a4a24")
    d.rectangle((136, 200, 376, 420), fill=colour)
    for i in range(4):
        for j in range(3):
            cx, cy = 170 + i * 58, 240 + j * 60
            d.ellipse((cx - 20, cy - 20, cx + 20, cy + 20), fill="#5b3a1a")


def bottle(d, colour):
    d.rounded_rectangle((196, 200, 316, 430), 24, fill=colour)
    d.rectangle((232, 110, 280, 210), fill=colour)
    d.rectangle((226, 92, 286, 118), fill="#2e2e2e")
    d.rectangle((206, 280, 306, 350), fill="#fdf6e3")


def bowl(d, colour, food="#c98b3a"):
    d.ellipse((126, 200, 386, 290), fill=food)
    d.chord((126, 160, 386, 420), 0, 180, fill=colour)


def belt(d, colour):
    d.rounded_rectangle((70, 226, 442, 286), 20, fill=colour)
    d.rectangle((340, 210, 400, 302), outline="#b0b0b0", width=10)


def wallet(d, colour):
    d.rounded_rectangle((126, 170, 386, 360), 20, fill=colour)
    d.line((126, 230, 386, 230), fill="#1a1a1a", width=6)


def opener(d, colour):
    d.rounded_rectangle((226, 160, 286, 430), 24, fill=colour)
    d.ellipse((196, 80, 316, 200), fill=colour)
    d.ellipse((226, 110, 286, 170), fill="#f3ead8")


def firestarters(d, colour):
    for i in range(3):
        for j in range(2):
            x, y = 140 + i * 80, 200 + j * 90
            d.rectangle((x, y, x + 64, y + 70), fill=colour, outline="#6b4f2a", width=4)
    for x in (180, 260, 340):
        d.polygon([(x, 120), (x + 20, 180), (x - 20, 180)], fill="#e67e22")


def scrunchies(d, colours):
    for i, c in enumerate(colours[:3]):
        x = 120 + i * 100
        d.ellipse((x, 190, x + 120, 310), outline=c, width=30)


def pinboard(d, colour):
    d.rectangle((96, 130, 416, 390), fill="#6b4f2a")
    d.rectangle((112, 146, 400, 374), fill=colour)
    for x, y, c in (
        (170, 200, "#c0392b"),
        (300, 240, "#2980b9"),
        (220, 320, "#27ae60"),
    ):
        d.ellipse((x - 12, y - 12, x + 12, y + 12), fill=c)


def pouch(d, colour):
    d.rounded_rectangle((96, 200, 416, 340), 50, fill=colour)
    d.line((130, 214, 382, 214), fill="#7f8c8d", width=8)


def numbered_bag(d, colour):
    """A messenger bag with its number stitched on: each one is unique."""
    bag(d, colour, handle="#4a4a4a")
    d.rectangle((136, 240, 376, 256), fill="#f1c40f")
    font = ImageFont.truetype("DejaVuSans-Bold.ttf", 54)
    d.text((256, 330), "N° 07", fill="#f1c40f", font=font, anchor="mm")


PRODUCTS = {
    "k_lumets": ("#f3ead8", lambda d: firestarters(d, "#c8a16b")),
    "rubber_earrings": ("#e8f0f2", lambda d: rings(d, "#222222")),
    "food_wraps": (
        "#fff4cc",
        lambda d: square_cloth(d, ["#f1c40f", "#e67e22", "#fdf2b3"]),
    ),
    "cork_coasters": ("#f6efe4", lambda d: circles(d, "#c49a6c")),
    "wrapping_textile": (
        "#fbe9ef",
        lambda d: square_cloth(d, ["#c0392b", "#8e44ad", "#16a085"]),
    ),
    "denim_tote": ("#eef2f7", lambda d: bag(d, "#3d5a80")),
    "glass_jar": ("#eef7f1", lambda d: jar(d, "#a8d5c2")),
    "cushion_cover": (
        "#f7f1ea",
        lambda d: square_cloth(d, ["#d35400", "#2c3e50", "#f39c12"]),
    ),
    "wooden_stool": ("#f2efe9", lambda d: stool(d, "#8b5a2b")),
    "cork_trivet": ("#f6efe4", lambda d: circles(d, "#b5835a", n=1)),
    "cork_pinboard": ("#f0ece6", lambda d: pinboard(d, "#c9a27a")),
    "tube_belt": ("#e9ecef", lambda d: belt(d, "#1f1f1f")),
    "chain_opener": ("#f3ead8", lambda d: opener(d, "#5d6d7e")),
    "tube_wallet": ("#e9ecef", lambda d: wallet(d, "#2b2b2b")),
    "tube_bag": ("#dfe6ee", lambda d: numbered_bag(d, "#262626")),
    "compost": ("#eef5e6", lambda d: bag(d, "#5b3a1a", handle="#2e5b2e")),
    "insect_hotel": ("#eaf4ea", lambda d: insect_hotel(d, "#c8a16b")),
    "planter": ("#eaf4ea", lambda d: planter(d, "#8b5a2b")),
    "rescued_soup": ("#fdf0e6", lambda d: bowl(d, "#e6e1d8", food="#e67e22")),
    "chutney": ("#fdf0e6", lambda d: jar(d, "#c0392b", lid="#d4ac0d")),
    "apple_juice": ("#f4fbe8", lambda d: bottle(d, "#e5b73b")),
    "jam": ("#fbeef0", lambda d: jar(d, "#a93226", lid="#27ae60")),
    "tea_towel": ("#f3f6f9", lambda d: square_cloth(d, ["#ecf0f1", "#2980b9"])),
    "bread_bag": ("#f7f1ea", lambda d: bag(d, "#d8c3a5", handle="#8b5a2b")),
    "scrunchies": (
        "#fbe9ef",
        lambda d: scrunchies(d, ["#8e44ad", "#16a085", "#e67e22"]),
    ),
    "pencil_case": ("#eef2f7", lambda d: pouch(d, "#16a085")),
    "granola": ("#fdf6e3", lambda d: bowl(d, "#ffffff", food="#c98b3a")),
    "gift_box": ("#fdeff0", lambda d: box(d, "#f5deb3")),
}


def logo():
    """People Made's name on its green label, for the website's header."""
    image = Image.new("RGBA", (480, 120), (0, 0, 0, 0))
    d = ImageDraw.Draw(image)
    d.rounded_rectangle((0, 0, 479, 119), 24, fill="#2e8b57")
    font = ImageFont.truetype("DejaVuSans-Bold.ttf", 60)
    d.text((240, 60), "People Made", fill="#ffffff", font=font, anchor="mm")
    image.save(HERE / "logo.png", optimize=True)


def main(names=None):
    for name, (colour, draw) in PRODUCTS.items():
        if names and name not in names:
            continue
        image, d = ground(colour)
        draw(d)
        image.save(HERE / f"{name}.png", optimize=True)
    if not names or "logo" in names:
        logo()


if __name__ == "__main__":
    main(sys.argv[1:])
