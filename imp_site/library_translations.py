"""Words of the CMS and its add-ons that editors read, translated again by the site's own
catalogues (locale/), which Django prefers to the libraries' own: where a library's French or
Dutch is wrong, such as "pagina inhoudelijk" for page contents, or missing.

Nothing imports this module: it lists the words so that makemessages keeps them in the
catalogues, each exactly as the library spells it.
"""

from django.utils.translation import gettext_noop

CORRECTED = [
    # django CMS: the admin's name for pages, and the page menu.
    gettext_noop("page content"),
    gettext_noop("page contents"),
    gettext_noop("Page settings"),
    # djangocms-versioning: the toolbar's buttons.
    gettext_noop("Unpublish"),
    gettext_noop("Discard"),
    gettext_noop("New Draft"),
    gettext_noop("View Published"),
    gettext_noop("Preview"),
    # djangocms-alias: the header, footer and other aliases.
    gettext_noop("alias content"),
    gettext_noop("alias contents"),
    gettext_noop("aliases"),
    gettext_noop("Aliases"),
    gettext_noop("categories"),
    # django-filer: the file library's name and its drop zone.
    gettext_noop("Filer"),
    gettext_noop("or drop your file here"),
    # django-allauth: the label of the code field of two-step login ("Authenticator code"
    # in Dutch, "Code de l'authentificateur" in French).
    gettext_noop("Authenticator code"),
]
