"""The languages groups are most often led in and the disorders groups most often focus on, so
that editors and the suggestion form have them from the start; editors add others in the admin.
"""

from django.db import migrations

LANGUAGES = ["en", "fr", "nl", "de", "it", "es", "pt", "pl", "da", "sv", "nb", "fi", "cs", "el"]

# slug: (English, French, Dutch)
DISORDERS = {
    "barth": ("Barth syndrome", "Syndrome de Barth", "Barth-syndroom"),
    "complex-i": ("Complex I deficiency", "Déficit du complexe I", "Complex I-deficiëntie"),
    "cpeo": (
        "Chronic progressive external ophthalmoplegia (CPEO)",
        "Ophtalmoplégie externe progressive chronique (OEPC)",
        "Chronische progressieve externe oftalmoplegie (CPEO)",
    ),
    "kearns-sayre": ("Kearns-Sayre syndrome", "Syndrome de Kearns-Sayre", "Kearns-Sayre-syndroom"),
    "leigh": ("Leigh syndrome", "Syndrome de Leigh", "Syndroom van Leigh"),
    "lhon": (
        "Leber hereditary optic neuropathy (LHON)",
        "Neuropathie optique héréditaire de Leber (NOHL)",
        "Leber hereditaire opticusneuropathie (LHON)",
    ),
    "melas": ("MELAS syndrome", "Syndrome MELAS", "MELAS-syndroom"),
    "merrf": ("MERRF syndrome", "Syndrome MERRF", "MERRF-syndroom"),
    "mitochondrial-myopathy": (
        "Mitochondrial myopathy",
        "Myopathie mitochondriale",
        "Mitochondriële myopathie",
    ),
    "mngie": (
        "MNGIE (mitochondrial neurogastrointestinal encephalomyopathy)",
        "MNGIE (encéphalomyopathie neuro-gastro-intestinale mitochondriale)",
        "MNGIE (mitochondriale neurogastro-intestinale encefalomyopathie)",
    ),
    "pdh-deficiency": (
        "Pyruvate dehydrogenase (PDH) deficiency",
        "Déficit en pyruvate déshydrogénase (PDH)",
        "Pyruvaatdehydrogenasedeficiëntie (PDH-deficiëntie)",
    ),
    "pearson": ("Pearson syndrome", "Syndrome de Pearson", "Syndroom van Pearson"),
    "polg": ("POLG-related disorders", "Maladies liées à POLG", "POLG-gerelateerde aandoeningen"),
    "tk2": ("TK2 deficiency", "Déficit en TK2", "TK2-deficiëntie"),
}


def add(apps, schema_editor):
    """With bulk_create: the historical models keep parler's save(), which writes to the cache,
    and the cache's table may not exist yet (createcachetable runs after migrate)."""
    Language = apps.get_model("community", "Language")
    Disorder = apps.get_model("community", "Disorder")
    DisorderTranslation = apps.get_model("community", "DisorderTranslation")
    known = set(Language.objects.values_list("code", flat=True))
    Language.objects.bulk_create([Language(code=code) for code in LANGUAGES if code not in known])
    existing = set(Disorder.objects.values_list("slug", flat=True))
    new = Disorder.objects.bulk_create(
        [Disorder(slug=slug) for slug in DISORDERS if slug not in existing]
    )
    by_slug = {
        disorder.slug: disorder
        for disorder in Disorder.objects.filter(slug__in=[d.slug for d in new])
    }
    DisorderTranslation.objects.bulk_create(
        [
            DisorderTranslation(master=by_slug[slug], language_code=language, name=name)
            for slug in by_slug
            for language, name in zip(("en", "fr", "nl"), DISORDERS[slug], strict=True)
        ]
    )


class Migration(migrations.Migration):
    dependencies = [("community", "0001_initial")]

    # Going back keeps the rows: groups and suggestions may use them, and going back to before
    # 0001 drops the tables anyway.
    operations = [migrations.RunPython(add, migrations.RunPython.noop)]
