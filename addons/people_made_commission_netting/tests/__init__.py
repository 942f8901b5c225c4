from . import test_netting
