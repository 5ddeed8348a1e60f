# On PostgreSQL the database itself refuses to change or delete the rows that registry/
# append_only.py already guards in Python, so that a shell, a raw query or a bug in a later
# migration cannot rewrite the consent ledger or the audit log either. django-pgtrigger is not
# installed, so these are plain plpgsql triggers. SQLite keeps the Python guard alone.
#
# - audit log, erasure markers and the committee's exports: never updated, never deleted;
# - consent records, the entry's history and the committee's reviews: never updated; deleted
#   only by an erasure, which sets `registry.erasure` to 'on' for its own transaction
#   (AppendOnlyQuerySet.remove_for_erasure);
# - consent versions and their texts: never updated or deleted once published.

from django.db import migrations

NEVER_CHANGED = ["registry_auditevent", "registry_erasuremarker", "registry_committeeexport"]
REMOVED_ONLY_BY_ERASURE = [
    "registry_consentrecord",
    "registry_entrychange",
    "registry_entryreview",
]

FUNCTIONS = """
CREATE OR REPLACE FUNCTION registry_refuse_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'registry: rows of % are never changed or deleted (%)', TG_TABLE_NAME, TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION registry_refuse_change_but_erasure() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' AND current_setting('registry.erasure', true) = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'registry: rows of % are never changed or deleted (%)', TG_TABLE_NAME, TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION registry_refuse_change_of_published_version() RETURNS trigger AS $$
BEGIN
    IF OLD.status = 'published' THEN
        RAISE EXCEPTION 'registry: a published consent version never changes (%)', TG_OP;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION registry_refuse_change_of_published_text() RETURNS trigger AS $$
BEGIN
    IF EXISTS (
        SELECT 1 FROM registry_consentversion WHERE id = OLD.master_id AND status = 'published'
    ) THEN
        RAISE EXCEPTION 'registry: the text of a published consent version never changes (%)', TG_OP;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
"""


def _trigger(table, function):
    return (
        f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
        f"FOR EACH ROW EXECUTE FUNCTION {function}();"
    )


TRIGGERS = [
    *(_trigger(table, "registry_refuse_change") for table in NEVER_CHANGED),
    *(_trigger(table, "registry_refuse_change_but_erasure") for table in REMOVED_ONLY_BY_ERASURE),
    _trigger("registry_consentversion", "registry_refuse_change_of_published_version"),
    _trigger("registry_consentversiontranslation", "registry_refuse_change_of_published_text"),
]
TABLES = [
    *NEVER_CHANGED,
    *REMOVED_ONLY_BY_ERASURE,
    "registry_consentversion",
    "registry_consentversiontranslation",
]


def create_triggers(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    # No parameters: the %s in RAISE are plpgsql's, not placeholders.
    schema_editor.execute(FUNCTIONS, params=None)
    for statement in TRIGGERS:
        schema_editor.execute(statement)


def drop_triggers(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in TABLES:
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table};")
    for function in (
        "registry_refuse_change",
        "registry_refuse_change_but_erasure",
        "registry_refuse_change_of_published_version",
        "registry_refuse_change_of_published_text",
    ):
        schema_editor.execute(f"DROP FUNCTION IF EXISTS {function}();")


class Migration(migrations.Migration):
    dependencies = [("registry", "0005_role_groups")]

    operations = [migrations.RunPython(create_triggers, drop_triggers)]
