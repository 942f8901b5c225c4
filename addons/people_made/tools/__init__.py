from .qr import QR_QUIET_ZONE, qr_image
from . import validate
