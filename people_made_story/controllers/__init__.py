from . import main
from . import gift
