"""The site's addresses: a few without a language prefix, then everything else under /en/, /fr/
and /nl/, where the CMS's catch-all serves the page tree and the sections' apphooks."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import URLPattern, URLResolver, include, path
from django.utils.translation import gettext_lazy as _

from . import favicon, sitemaps, text_size
from .search.views import search

handler500 = "imp_site.error_pages.server_error"

urlpatterns: list[URLPattern | URLResolver] = [
    path("text-size/", text_size.set_text_size, name="set_text_size"),
    path("text-size.css", text_size.text_size_stylesheet, name="text_size_stylesheet"),
    path("favicon.ico", favicon.favicon),
    path("robots.txt", sitemaps.robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemaps.sitemap_xml, name="sitemap_xml"),
]

urlpatterns += i18n_patterns(
    path("admin/", admin.site.urls),
    path("filer/", include("filer.urls")),
    path("contact-form/", include("imp_site.contact.urls")),
    # Translated: /en/search/, /fr/recherche/, /nl/zoeken/ (a CMS page cannot take these slugs).
    path(_("search/"), search, name="site_search"),
    # Registry accounts: sign up, log in and out, passwords, e-mail, two-factor (django-allauth).
    path("accounts/", include("allauth.urls")),
    # The CMS catch-all comes last: every other URL is a page from the page tree.
    path("", include("cms.urls")),
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns = [*static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT), *urlpatterns]
