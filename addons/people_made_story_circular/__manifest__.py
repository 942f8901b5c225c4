# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
{
    "name": "People Made Story and Circular",
    "summary": "The story pages tell the material's journey; the labels' QR codes "
    "open the story",
    "version": "19.0.1.1.0",
    "category": "Sales/People Made",
    "website": "https://www.peoplemade.be",
    "author": "People Made",
    "maintainers": ["people-made"],
    "license": "LGPL-3",
    "development_status": "Alpha",
    "installable": True,
    "auto_install": True,
    "depends": ["people_made_story", "people_made_circular"],
    "data": [
        "views/story_templates.xml",
    ],
}
