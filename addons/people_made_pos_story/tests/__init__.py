from . import test_receipt
