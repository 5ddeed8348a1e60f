from typing import Any

from django.utils.translation import gettext_lazy as _

from imp_site.translated_admin import SideBySideTranslationsForm, form_field_name


class ProjectForm(SideBySideTranslationsForm):
    """A project's image needs its description in every language the project is written in:
    people who cannot see the image hear the description instead."""

    def clean(self) -> dict[str, Any]:
        super().clean()
        if self.cleaned_data.get("image"):
            for code in self._languages_to_save():
                if not self._value("image_alt_text", code):
                    self.add_error(
                        form_field_name("image_alt_text", code),
                        _("Describe the image in this language, for people who cannot see it."),
                    )
        return self.cleaned_data
