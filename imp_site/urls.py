from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from . import views

handler500 = "imp_site.views.server_error"

urlpatterns = [
    path("text-size/", views.set_text_size, name="set_text_size"),
    path("text-size.css", views.text_size_stylesheet, name="text_size_stylesheet"),
    # Browsers ask for /favicon.ico on pages without an icon link, such as the admin's.
    path("favicon.ico", views.favicon),
]

urlpatterns += i18n_patterns(
    path("admin/", admin.site.urls),
    path("filer/", include("filer.urls")),
    # The CMS catch-all comes last: every other URL is a page from the page tree.
    path("", include("cms.urls")),
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns = static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT) + urlpatterns
