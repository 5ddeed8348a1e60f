"""The project's settings, with what makes tests fast and self-contained."""

import os

# Tests run with DEBUG off, as production does; they need some key to start.
os.environ.setdefault("SECRET_KEY", "tests-only-not-a-secret")
# Not the test client's host, so tests see that absolute links never come from the request.
os.environ.setdefault("SITE_URL", "https://www.mitopatients.example")
# Production refuses a cache of one process; the tests replace it with one below, for speed.
os.environ.setdefault("CACHE_URL", "redis://127.0.0.1:6379/15")

from imp_site.settings import *  # noqa: E402, F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Hashed static file names need collectstatic; tests render templates without it.
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
SECURE_SSL_REDIRECT = False
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
