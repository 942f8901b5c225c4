from . import test_proxy_criteria
from . import test_story_circular
from . import test_passport
