# Copyright 2026 People Made
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).

# browser_js with a `ready` condition does not wait for the page to load:
# wait until the page asked for has loaded and shows this selector
READY = 'document.readyState === "complete" && !!document.querySelector("%s")'
