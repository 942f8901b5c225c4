from . import test_story_circular
