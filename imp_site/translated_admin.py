"""Admin forms that edit every language of a django-parler model side by side.

Parler's own admin shows one language per tab; IMP's editors translate by comparing the English
text with its French and Dutch versions, so each translated field gets one input per language,
shown in one row. English (the default language) is required; a translation is saved for another
language only when some of its fields are filled in, and readers of an untranslated item see the
English text.
"""

from django import forms
from django.conf import settings
from django.contrib import admin
from django.utils.text import capfirst, format_lazy, slugify
from django.utils.translation import gettext_lazy as _

# Shown first, whatever order the model declares its translated fields in.
LEADING_FIELDS = ("title", "slug", "summary")


def translated_field_names(model):
    names = list(model._parler_meta.get_translated_fields())
    leading = [name for name in LEADING_FIELDS if name in names]
    return leading + [name for name in names if name not in leading]


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


def form_field_name(field_name, language):
    return f"{field_name}__{language}"


def side_by_side_rows(model):
    """Admin fieldset rows: one row per translated field, one column per language."""
    return [
        tuple(form_field_name(name, code) for code in language_codes())
        for name in translated_field_names(model)
    ]


def side_by_side_form(model):
    """A ModelForm class for `model` with a declared form field per translated field and
    language (admin fieldsets can only name declared or model fields)."""
    translations_model = model._parler_meta.root_model
    declared = {}
    for name in translated_field_names(model):
        model_field = translations_model._meta.get_field(name)
        for code, language_name in settings.LANGUAGES:
            form_field = model_field.formfield()
            form_field.required = False  # checked per language in clean()
            form_field.label = format_lazy(
                "{} ({})", capfirst(model_field.verbose_name), language_name
            )
            declared[form_field_name(name, code)] = form_field
    attrs = {**declared, "Meta": type("Meta", (), {"model": model, "fields": "__all__"})}
    return type(f"{model.__name__}TranslationsForm", (SideBySideTranslationsForm,), attrs)


class SideBySideTranslationsForm(forms.ModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            for translation in self.instance.translations.all():
                for name in self._translated_names():
                    key = form_field_name(name, translation.language_code)
                    self.initial.setdefault(key, getattr(translation, name))

    def clean(self):
        cleaned_data = super().clean()
        for code in self._languages_to_save():
            self._fill_slug(code)
            self._require_fields(code)
            self._check_slug_unique(code)
        return cleaned_data

    def save(self, commit=True):
        item = super().save(commit=False)
        self._emptied_languages = []
        to_save = self._languages_to_save()
        for code in language_codes():
            if code in to_save:
                item.set_current_language(code)
                for name in self._translated_names():
                    setattr(item, name, self.cleaned_data.get(form_field_name(name, code)) or "")
            elif item.pk and item.has_translation(code):
                self._emptied_languages.append(code)
        item.set_current_language(settings.LANGUAGE_CODE)
        if commit:
            item.save()
            self._save_m2m()
            self.delete_emptied_translations(item)
        return item

    def delete_emptied_translations(self, item):
        """A language whose fields were all emptied loses its translation, so its readers get the
        English text instead of blanks. Call after saving the item."""
        for code in getattr(self, "_emptied_languages", []):
            item.delete_translation(code)

    def _translated_names(self):
        return translated_field_names(self._meta.model)

    def _translation_model(self):
        return self._meta.model._parler_meta.root_model

    def _value(self, name, code):
        return self.cleaned_data.get(form_field_name(name, code))

    def _languages_to_save(self):
        """English always; another language when any of its fields is filled in."""
        return [
            code
            for code in language_codes()
            if code == settings.LANGUAGE_CODE or self._has_text_in(code)
        ]

    def _has_text_in(self, code):
        return any(self._value(name, code) for name in self._translated_names())

    def _fill_slug(self, code):
        if "slug" in self._translated_names() and not self._value("slug", code):
            title = self._value("title", code) or ""
            self.cleaned_data[form_field_name("slug", code)] = slugify(title)[:200]

    def _require_fields(self, code):
        for name in self._translated_names():
            model_field = self._translation_model()._meta.get_field(name)
            if not model_field.blank and not self._value(name, code):
                self.add_error(
                    form_field_name(name, code),
                    _("This field is required when the text is given in this language.")
                    if code != settings.LANGUAGE_CODE
                    else _("This field is required."),
                )

    def _check_slug_unique(self, code):
        slug = self._value("slug", code) if "slug" in self._translated_names() else None
        if not slug:
            return
        others = self._translation_model().objects.filter(language_code=code, slug=slug)
        if self.instance.pk:
            others = others.exclude(master_id=self.instance.pk)
        if others.exists():
            self.add_error(
                form_field_name("slug", code),
                _("Another item already uses this address in this language: choose another slug."),
            )


class SideBySideTranslationsAdmin(admin.ModelAdmin):
    """ModelAdmin for a parler model edited with side_by_side_form()."""

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("translations")

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        form.delete_emptied_translations(obj)
