"""Regenerate every module in this package from the Designer forms in `ui/`."""

from coopdesk.gui.uic import FORMS, compile_form

for form in FORMS:
    target = compile_form(form)
    print(f"{form.ui_path.name} -> {target}")
