# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""What public and portal forms and URLs take, checked before it reaches the
database: one place for every People Made controller and form.

Each ``clean_*`` function returns the value to use or raises a ``UserError``
whose message the visitor can act on (translated in its language); the
controller shows it with the form again, or answers 400."""

import binascii
import math
import re
from datetime import date

from PIL import Image

from odoo.exceptions import UserError
from odoo.tools.image import binary_to_image

# PostgreSQL cannot store NUL; the other control characters are never typed
# by a person and break e-mails, exports and labels
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CONTROL_SINGLE_LINE = re.compile(r"[\x00-\x1f\x7f]")
# a record id as PostgreSQL stores it (int4), in ASCII digits only
# ("²".isdigit() is true in Python, int("²") fails)
_ID = re.compile(r"[0-9]{1,10}")
ID_MAX = 2**31 - 1
# an upload is read no further than this
UPLOAD_MAX_BYTES = 8 * 1024 * 1024
IMAGE_FORMATS = ("JPEG", "PNG", "WEBP", "GIF")


def has_nul(value):
    """Whether ``value`` (text) holds a NUL byte, which PostgreSQL refuses."""
    return isinstance(value, str) and "\x00" in value


def has_control(value):
    """Whether ``value`` (text) holds a control character, line breaks and
    tabs included."""
    return isinstance(value, str) and bool(_CONTROL_SINGLE_LINE.search(value))


def clean_text(env, value, label, max_length, multiline=False):
    """``value`` as stripped text of at most ``max_length`` characters.

    :param label: the field's name as the user sees it, translated
    :param max_length: ``None`` when the caller checks the length itself
    :param multiline: newlines and tabs allowed (a description, a message)
    """
    if value is None:
        value = ""
    if not isinstance(value, str):
        # a file sent where text is expected
        raise UserError(env._("%(field)s must be text.", field=label))
    if multiline:
        value = value.replace("\r\n", "\n")
    value = value.strip()
    if (_CONTROL if multiline else _CONTROL_SINGLE_LINE).search(value):
        raise UserError(
            env._(
                "%(field)s contains invisible control characters; remove them "
                "and send it again.",
                field=label,
            )
        )
    if max_length is not None and len(value) > max_length:
        raise UserError(
            env._(
                "%(field)s has %(length)s characters; it can have at most %(max)s.",
                field=label,
                length=len(value),
                max=max_length,
            )
        )
    return value


def clean_number(env, value, label, minimum=0.0, maximum=1e6, required=True):
    """``value`` (text as typed, decimal comma or point) as a finite float
    between ``minimum`` and ``maximum``; ``None`` when empty and not
    ``required``."""
    text = clean_text(env, value, label, 32).replace(",", ".")
    if not text and not required:
        return None
    try:
        number = float(text)
    except ValueError:
        number = math.nan
    # float() also takes "inf", "nan" and "1e308", none of them a price
    if not math.isfinite(number) or not minimum <= number <= maximum:
        raise UserError(
            env._(
                "%(field)s must be a number from %(min)s to %(max)s, e.g. 12.50.",
                field=label,
                min=f"{minimum:g}",
                max=f"{maximum:g}",
            )
        )
    return number


def clean_date(env, value, label):
    """``value`` (YYYY-MM-DD) as a date, ``None`` when empty."""
    text = clean_text(env, value, label, 10)
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise UserError(
            env._("%(field)s must be a date such as 2026-01-31.", field=label)
        ) from error


def clean_id(value):
    """A record id from a URL (``?maker=12``): the int, or ``None`` when it
    is not one a record can have. Callers treat ``None`` as "no filter" or
    "not found", never as an error page."""
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str) and _ID.fullmatch(value):
        number = int(value)
    else:
        return None
    return number if 0 < number <= ID_MAX else None


def clean_upload(env, upload, label, max_bytes=UPLOAD_MAX_BYTES, image=True):
    """The bytes of an uploaded file (werkzeug ``FileStorage``), ``b""`` when
    no file was chosen.

    :param image: the file must be a JPEG, PNG, WebP or GIF image
    """
    if upload is None or upload == "":
        return b""
    if not hasattr(upload, "read"):
        # a form field sent as text where a file is expected
        raise UserError(env._("%(field)s must be a file.", field=label))
    if not getattr(upload, "filename", None):
        return b""
    data = upload.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise UserError(
            env._(
                "%(field)s is larger than %(max)s MB.",
                field=label,
                max=max_bytes // (1024 * 1024),
            )
        )
    if image and data:
        check_image(env, data, label)
    return data


def check_image(env, data, label):
    """Refuse ``data`` (bytes) unless it is an image a page can show."""
    try:
        picture = binary_to_image(data)
        picture.verify()
    except (
        UserError,
        ValueError,
        OSError,
        binascii.Error,
        SyntaxError,
        Image.DecompressionBombError,
    ) as exc:
        raise UserError(_image_error(env, label)) from exc
    if picture.format not in IMAGE_FORMATS:
        raise UserError(_image_error(env, label))


def _image_error(env, label):
    return env._(
        "%(field)s is not an image (JPEG, PNG, WebP or GIF); choose another file.",
        field=label,
    )
