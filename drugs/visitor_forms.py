"""The visitors' forms besides the search (entry_search.py): which two revisions to compare, and
in which format and language to download a revision."""

from typing import Any, cast

from django import forms
from django.conf import settings
from django.db.models import F
from django.utils.translation import gettext_lazy as _

from .models import Revision

ALL_LANGUAGES = "all"
MAX_VALUE_LENGTH = 100


def _bounded(data: Any) -> dict[str, str] | None:
    """The form's own fields, each a single value of bounded length."""
    if data is None:
        return None
    return {name: str(data.get(name, ""))[:MAX_VALUE_LENGTH] for name in data if name}


class ComparisonForm(forms.Form):
    old = forms.ChoiceField(label=_("Earlier revision"))
    new = forms.ChoiceField(label=_("Later revision"))

    def __init__(self, data: Any = None, *, revisions: list[Revision]) -> None:
        given = data is not None and ("old" in data or "new" in data)
        self.revisions = {revision.label: revision for revision in revisions}
        published = [revision for revision in revisions if revision.is_published]
        initial = {}
        if len(published) >= 2:
            initial = {"old": published[1].label, "new": published[0].label}
        super().__init__(_bounded(data) if given else None, initial=initial)
        choices = [(revision.label, _revision_choice(revision)) for revision in revisions]
        for name in ("old", "new"):
            cast(forms.ChoiceField, self.fields[name]).choices = choices

    @staticmethod
    def revisions_for(user: Any) -> Any:
        """The revisions this person may compare, newest first (drafts first, for editors)."""
        return (
            Revision.objects.visible_to(user)
            .prefetch_related("translations")
            .order_by("status", F("publication_number").desc(nulls_last=True), "-label")
        )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if cleaned.get("old") and cleaned.get("old") == cleaned.get("new"):
            raise forms.ValidationError(_("Choose two different revisions to compare."))
        return cleaned

    def revisions_to_compare(self) -> tuple[Revision, Revision] | None:
        """The two revisions asked for, or by default the current one and the one before it."""
        if self.is_bound:
            if not self.is_valid():
                return None
            labels = self.cleaned_data["old"], self.cleaned_data["new"]
        elif self.initial:
            labels = self.initial["old"], self.initial["new"]
        else:
            return None
        return self.revisions[labels[0]], self.revisions[labels[1]]


def _revision_choice(revision: Revision) -> str:
    if not revision.is_published:
        return str(_("%(label)s (draft)") % {"label": revision.label})
    return revision.label


class DownloadForm(forms.Form):
    FORMATS = [("csv", _("CSV, for spreadsheets")), ("json", _("JSON, for programs"))]

    format = forms.ChoiceField(
        label=_("Format"), choices=FORMATS, initial="csv", widget=forms.RadioSelect
    )
    language = forms.ChoiceField(label=_("Language"))

    def __init__(self, data: Any = None, **kwargs: Any) -> None:
        super().__init__(_bounded(data), **kwargs)
        cast(forms.ChoiceField, self.fields["language"]).choices = [
            *settings.LANGUAGES,
            (ALL_LANGUAGES, _("All languages")),
        ]

    def clean_language(self) -> list[str]:
        code = self.cleaned_data["language"]
        every = [language for language, _name in settings.LANGUAGES]
        return every if code == ALL_LANGUAGES else [code]
