from . import test_story
from . import test_tags
from . import test_gift
from . import test_story_access
from . import test_story_cache
from . import test_proxy
