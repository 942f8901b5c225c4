from . import test_story
from . import test_tags
