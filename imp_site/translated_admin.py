"""Admin forms that edit every language of a django-parler model side by side.

Parler's own admin shows one language per tab; IMP's editors translate by comparing the English
text with its French and Dutch versions, so each translated field gets one input per language,
shown in one row. English (the default language) is required; a translation is saved for another
language only when some of its fields are filled in, and readers of an untranslated item see the
English text.

Three columns leave a single-line input too narrow for a long text (a funding source, a title),
so those are edited in a box that wraps and grows with its text, and saved as one line.
"""

from typing import Any

from django import forms
from django.conf import settings
from django.contrib import admin
from django.core.exceptions import ImproperlyConfigured
from django.db import models
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.html import strip_tags
from django.utils.text import capfirst, format_lazy, slugify
from django.utils.translation import gettext_lazy as _
from parler.models import TranslatableModel

# Shown first, whatever order the model declares its translated fields in.
LEADING_FIELDS = ("title", "slug", "summary")
# Single-line texts that may be longer than this many characters are edited in a wrapping box.
WRAP_TEXTS_LONGER_THAN = 100


class WrappingLineInput(forms.Textarea):
    """A one-line text in a box that wraps, so all of it is in view; the admin stylesheet lets
    it grow with its text (static/css/admin.css)."""

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__(attrs={"rows": 1, "class": "wrapping-line", **(attrs or {})})


class OneLineTextField(forms.CharField):
    """A single-line text edited in a WrappingLineInput: line breaks typed or pasted into the
    box become spaces."""

    widget = WrappingLineInput

    def to_python(self, value: Any) -> str:
        return " ".join(str(super().to_python(value)).split())


def translated_form_field(model_field: models.Field) -> forms.Field:
    wraps = (
        isinstance(model_field, models.CharField)
        and not isinstance(model_field, models.SlugField)
        and not model_field.choices
        and (model_field.max_length or 0) > WRAP_TEXTS_LONGER_THAN
    )
    if wraps:
        form_field = model_field.formfield(form_class=OneLineTextField, widget=WrappingLineInput)
    else:
        form_field = model_field.formfield()
    if form_field is None:
        raise ImproperlyConfigured(f"{model_field} is not editable: the admin cannot show it.")
    return form_field


def translated_field_names(model: type[TranslatableModel]) -> list[str]:
    names = list(model._parler_meta.get_translated_fields())
    leading = [name for name in LEADING_FIELDS if name in names]
    return leading + [name for name in names if name not in leading]


def language_codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def form_field_name(field_name: str, language: str) -> str:
    return f"{field_name}__{language}"


def side_by_side_rows(model: type[TranslatableModel]) -> tuple[tuple[str, ...], ...]:
    """Admin fieldset rows: one row per translated field, one column per language."""
    return tuple(
        tuple(form_field_name(name, code) for code in language_codes())
        for name in translated_field_names(model)
    )


def side_by_side_form(
    model: type[TranslatableModel], form: type["SideBySideTranslationsForm"] | None = None
) -> type["SideBySideTranslationsForm"]:
    """A ModelForm class for `model` with a declared form field per translated field and
    language (admin fieldsets can only name declared or model fields), built on `form`, a
    SideBySideTranslationsForm with the model's own checks, if given."""
    translations_model = model._parler_meta.root_model
    declared: dict[str, forms.Field] = {}
    for name in translated_field_names(model):
        model_field = translations_model._meta.get_field(name)
        for code, language_name in settings.LANGUAGES:
            form_field = translated_form_field(model_field)
            form_field.required = False  # checked per language in clean()
            form_field.label = format_lazy(
                "{} ({})", capfirst(model_field.verbose_name), language_name
            )
            declared[form_field_name(name, code)] = form_field
    attrs = {**declared, "Meta": type("Meta", (), {"model": model, "fields": "__all__"})}
    base = form or SideBySideTranslationsForm
    return type(f"{model.__name__}TranslationsForm", (base,), attrs)


class SideBySideTranslationsForm(forms.ModelForm):
    instance: TranslatableModel

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            for translation in self.instance.translations.all():
                for name in self._translated_names():
                    key = form_field_name(name, translation.language_code)
                    self.initial.setdefault(key, getattr(translation, name))

    def clean(self) -> dict[str, Any]:
        super().clean()
        for code in self._languages_to_save():
            self._fill_slug(code)
            self._require_fields(code)
            self._check_slug_unique(code)
        return self.cleaned_data

    def save(self, commit: bool = True) -> TranslatableModel:
        """Set the texts of the languages to save. A language whose fields were all emptied loses
        its translation when the item is saved, in save_m2m() with commit=False (as the admin
        does), so its readers get the English text instead of blanks."""
        item = super().save(commit=False)
        for code in self._languages_to_save():
            item.set_current_language(code)
            for name in self._translated_names():
                setattr(item, name, self._value(name, code) or "")
        item.set_current_language(settings.LANGUAGE_CODE)
        if commit:
            item.save()
            self._save_m2m()
        return item

    def emptied_languages(self) -> list[str]:
        """The languages the item had a translation in and whose fields are now all empty."""
        to_save = self._languages_to_save()
        return [
            code
            for code in language_codes()
            if code not in to_save and self.instance.pk and self.instance.has_translation(code)
        ]

    def _save_m2m(self) -> None:
        super()._save_m2m()  # type: ignore[misc]
        for code in self.emptied_languages():
            self.instance.delete_translation(code)

    def _translated_names(self) -> list[str]:
        return translated_field_names(self._meta.model)

    def _translation_model(self) -> Any:
        return self._meta.model._parler_meta.root_model

    def _value(self, name: str, code: str) -> Any:
        return self.cleaned_data.get(form_field_name(name, code))

    def _languages_to_save(self) -> list[str]:
        """English always; another language when any of its fields is filled in."""
        return [
            code
            for code in language_codes()
            if code == settings.LANGUAGE_CODE or self._has_text_in(code)
        ]

    def _has_text_in(self, code: str) -> bool:
        return any(_has_visible_text(self._value(name, code)) for name in self._translated_names())

    def _fill_slug(self, code: str) -> None:
        if "slug" in self._translated_names() and not self._value("slug", code):
            title = self._value("title", code) or ""
            self.cleaned_data[form_field_name("slug", code)] = slugify(title)[:200]

    def _require_fields(self, code: str) -> None:
        for name in self._translated_names():
            model_field = self._translation_model()._meta.get_field(name)
            if not model_field.blank and not self._value(name, code):
                self.add_error(
                    form_field_name(name, code),
                    _("This field is required when the text is given in this language.")
                    if code != settings.LANGUAGE_CODE
                    else _("This field is required."),
                )

    def _check_slug_unique(self, code: str) -> None:
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

    def get_queryset(self, request: HttpRequest) -> QuerySet[Any]:
        return super().get_queryset(request).prefetch_related("translations")


def _has_visible_text(value: Any) -> bool:
    """Whether a value holds something to read: the rich text editor submits an empty
    paragraph (<p></p>, perhaps with a non-breaking space) for an empty text."""
    if not isinstance(value, str):
        return bool(value)
    return bool(strip_tags(value).replace("&nbsp;", " ").replace("\xa0", " ").strip())
