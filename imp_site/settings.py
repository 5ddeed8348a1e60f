"""Settings of the IMP portal, read from the environment (see .env.example).

The defaults give a local run on SQLite; production sets DEBUG off, a SECRET_KEY, its hosts and a
PostgreSQL DATABASE_URL.
"""

from datetime import timedelta
from email.utils import parseaddr
from pathlib import Path
from urllib.parse import urlsplit

import environ
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
if (BASE_DIR / ".env").is_file():
    environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DEBUG", default=False)

SECRET_KEY = env.str("SECRET_KEY", default="")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Set the SECRET_KEY environment variable to a long random "
            "value (or DEBUG=true for a local development run); see .env.example."
        )
    # Only for a local run with DEBUG on; production refuses to start without its own key.
    SECRET_KEY = "local-development-only-not-a-secret"  # noqa: S105  # nosec B105

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])

# The site's public address: absolute links (hreflang, sitemap, e-mails) are built from it, never
# from the request, whose Host and scheme a client chooses and a cached page would hand on to
# every later visitor.
SITE_URL = env.str("SITE_URL", default="")
if not SITE_URL and not DEBUG:
    raise ImproperlyConfigured(
        "SITE_URL is not set. Set it to the site's public address, such as "
        "https://www.mitopatients.example (or DEBUG=true for a local run); see .env.example."
    )
SITE_URL = (SITE_URL or "http://127.0.0.1:8000").rstrip("/")
if urlsplit(SITE_URL).scheme not in ("http", "https") or urlsplit(SITE_URL).path:
    raise ImproperlyConfigured(
        f"SITE_URL must be a scheme and a host, such as https://www.mitopatients.example, "
        f"not {SITE_URL!r}."
    )
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
SITE_ID = 1

INSTALLED_APPS = [
    # The admin style must come before django.contrib.admin to override its templates.
    "djangocms_simple_admin_style",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sites",
    "django.contrib.sitemaps",
    "cms",
    "menus",
    "treebeard",
    "sekizai",
    "filer",
    "easy_thumbnails",
    "djangocms_text",
    "djangocms_link",
    "djangocms_alias",
    "parler",
    "csp",
    "axes",
    "projects.apps.ProjectsConfig",
    "drugs.apps.DrugsConfig",
    "registry.apps.RegistryConfig",
    "community.apps.CommunityConfig",
    # Registry accounts: after the registry, whose templates restyle allauth's pages.
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django_countries",
    "djangocms_versioning",
    # The site-wide layer, after the libraries: its admin.py adjusts theirs.
    "imp_site.apps.ImpSiteConfig",
]

MIDDLEWARE = [
    "imp_site.health.HealthCheckMiddleware",
    "imp_site.http_methods.HttpMethodsMiddleware",
    "cms.middleware.utils.ApphookReloadMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "imp_site.content_security_policy.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # A missing file is a 404 where it was asked, not a redirect to a language prefix.
    "imp_site.file_addresses.FileAddressesMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    # Committee and registry administrators: a second factor before registry data.
    "registry.second_factor.SecondFactorMiddleware",
    "imp_site.private_pages.PrivateForLoggedInMiddleware",
    "imp_site.visitor_query.VisitorQueryMiddleware",
    "imp_site.editing_guards.EditingEndpointsGuardMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "cms.middleware.user.CurrentUserMiddleware",
    "cms.middleware.page.CurrentPageMiddleware",
    "cms.middleware.toolbar.ToolbarMiddleware",
    "cms.middleware.language.LanguageCookieMiddleware",
    # A CMS page not translated into the visitor's language: its frame stays in theirs.
    "imp_site.untranslated.UntranslatedPageMiddleware",
    # Visitors' cached section pages, before the apphook's page lookup (imp_site/page_cache.py).
    "imp_site.page_cache.CachedSectionPageMiddleware",
    # Last, as django-axes requires: it answers locked-out login attempts.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "imp_site.urls"
WSGI_APPLICATION = "imp_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "sekizai.context_processors.sekizai",
                "cms.context_processors.cms_settings",
                "imp_site.context_processors.site_url",
            ],
        },
    },
]

# Database: SQLite next to the project unless DATABASE_URL says otherwise (PostgreSQL in
# production). Persistent connections save a connect per request on PostgreSQL.
DATABASES = {
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=60))
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: pages, menus, login and form rate limits live here, so every server process must see
# the same one: with DEBUG off, a cache of one process alone is refused (a change would reach
# one process and not the others).
CACHES = {"default": env.cache_url_config(env.str("CACHE_URL", default="") or "locmemcache://imp")}
# Django's Redis backend, reusing its Redis client (imp_site/redis_cache.py says why).
if CACHES["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache":
    CACHES["default"]["BACKEND"] = "imp_site.redis_cache.RedisClientPerPoolCache"
SHARED_CACHE_BACKENDS = (
    "imp_site.redis_cache.RedisClientPerPoolCache",
    "django.core.cache.backends.db.DatabaseCache",
    "django.core.cache.backends.memcached.PyMemcacheCache",
)
if not DEBUG and CACHES["default"]["BACKEND"] not in SHARED_CACHE_BACKENDS:
    raise ImproperlyConfigured(
        "CACHE_URL must name a cache that every server process shares: Redis "
        "(redis://127.0.0.1:6379/1) or, for a one-server install, the database "
        "(dbcache://imp_cache, then `manage.py createcachetable`); see .env.example."
    )

EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="webmaster@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Contact form (imp_site/contact/) ---------------------------------------------------------
# Every message is stored first (editors read it in the admin), then mailed to CONTACT_EMAIL;
# without an address it is only stored. The address is never shown on the site.
CONTACT_EMAIL = env.str("CONTACT_EMAIL", default="")
if CONTACT_EMAIL:
    try:
        validate_email(CONTACT_EMAIL)
    except ValidationError:
        raise ImproperlyConfigured(
            f"CONTACT_EMAIL must be one e-mail address, not {CONTACT_EMAIL!r}; see .env.example."
        ) from None
# Messages one client address may send per hour; more are refused with a friendly message.
CONTACT_MESSAGES_PER_HOUR = env.int("CONTACT_MESSAGES_PER_HOUR", default=5)
if CONTACT_MESSAGES_PER_HOUR < 1:
    raise ImproperlyConfigured("CONTACT_MESSAGES_PER_HOUR must be 1 or more.")
# Seconds to wait for the mail server: a server that hangs must not hold the visitor's request
# (the message is stored already and the visitor is thanked either way).
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=10)
# --- end of contact form ------------------------------------------------------------------------

AUTHENTICATION_BACKENDS = [
    # django-axes first: it refuses logins from a locked-out username and address.
    "axes.backends.AxesStandaloneBackend",
    # Staff log in to the admin with their username.
    "django.contrib.auth.backends.ModelBackend",
    # Registry participants log in with their e-mail address (django-allauth).
    "allauth.account.auth_backends.AuthenticationBackend",
]

# Where a login leads when it names no page to return to (or one of another site): for a
# participant their registry page, for staff the home page with the CMS toolbar
# (registry/accounts.py). Editors log in through the admin, which has its own `next`.
LOGIN_REDIRECT_URL = "/"
LOGIN_URL = "account_login"

# --- Registry accounts (django-allauth; registry/accounts.py) ----------------------------------
# Log in by e-mail address and password; a new address must be confirmed before the account is
# used; no message tells whether an address has an account (a sign-up with a known address
# mails its owner instead). allauth's own rate limits count in the shared cache, beside
# django-axes' lockouts (below), which see the e-mail address as the username.
ACCOUNT_ADAPTER = "registry.accounts.RegistryAccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
# One address per account: a new one replaces the old once it is confirmed.
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_EMAIL_SUBJECT_PREFIX = "International Mito Patients: "
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https" if urlsplit(SITE_URL).scheme == "https" else "http"
# allauth's own rate limits (its defaults: failed logins per address and per e-mail, sign-ups,
# password resets, confirmation mails) are counted in the default cache, shared by every process.
# Two-step login (allauth.mfa): participants may turn it on for themselves.
# Committee members and registry administrators must use it before registry data
# (registry/second_factor.py). Security keys (WebAuthn) are left out: they need JavaScript.
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "International Mito Patients"
# A code is accepted for one 30-second period either side (RFC 6238 allows for it): phones'
# clocks drift, and a code typed as its period ends would otherwise fail.
MFA_TOTP_TOLERANCE = 1
# --- end of registry accounts ------------------------------------------------------------------

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    # 12 characters at least: staff accounts reach the whole site, and registry accounts
    # health data; a few words make a long password that is easy to remember.
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: the one list of the site's languages, which the CMS, parler, the language chooser,
# the error pages and the tests all read. English is the source; the others fall back to it where
# a text is missing.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("fr", _("French")),
    ("nl", _("Dutch")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

CMS_LANGUAGES = {
    SITE_ID: [
        {
            "code": code,
            "name": name,
            "fallbacks": [] if code == LANGUAGE_CODE else [LANGUAGE_CODE],
            "public": True,
        }
        for code, name in LANGUAGES
    ],
    "default": {"fallbacks": [LANGUAGE_CODE], "redirect_on_fallback": False, "public": True},
}
PARLER_DEFAULT_LANGUAGE_CODE = LANGUAGE_CODE
PARLER_LANGUAGES = {
    SITE_ID: tuple({"code": code} for code, _name in LANGUAGES),
    "default": {"fallbacks": [LANGUAGE_CODE], "hide_untranslated": False},
}

# The query parameters that visitors' pages read; visitors' requests lose every other one, so
# that the page cache is not bypassed or filled by made-up ones (imp_site/visitor_query.py).
PAGE_QUERY_PARAMETERS = [
    "q",
    "page",
    # The drug list's filters, its comparison and its downloads (drugs/views.py).
    "tier",
    "group",
    "condition",
    "old",
    "new",
    "format",
    "language",
    # The community directory's filters (community/forms.py, DirectoryFilterForm).
    "group_language",
    "focus",
    "organiser",
]

# The first template is what a new page gets, whether made with the toolbar's "Create" wizard or
# Page > "Add page". Templates are not inherited: a new top-level page would "inherit" the first
# of CMS_TEMPLATES, and a page under the home page the home page's own layout.
CMS_TEMPLATES = [
    ("pages/page.html", _("Standard page")),
    ("pages/two_column.html", _("Two columns: text and sidebar")),
    ("pages/home.html", _("Home page")),
]
CMS_TEMPLATE_INHERITANCE = False
CMS_PAGE_WIZARD_DEFAULT_TEMPLATE = CMS_TEMPLATES[0][0]
CMS_CONFIRM_VERSION4 = True
# The admin style would otherwise render base.html once per process to guess the CMS's style,
# which fails outside a page request and logs a traceback.
CMS_LEGACY_STYLE = False
CMS_PAGE_CACHE = True
# Pages and placeholders are cached for visitors (the page cache needs the placeholder cache);
# both are dropped when a page is published or an item they show changes (imp_site/page_cache.py).
CMS_PLACEHOLDER_CACHE = True
CMS_PLUGIN_CACHE = True
# Seconds a rendered page may be reused; browsers are told the same, so keep it short.
CMS_CACHE_DURATIONS = {"content": 120, "menus": 3600, "permissions": 3600}
# The CMS sideframe and toolbar load the site in a same-origin frame.
X_FRAME_OPTIONS = "SAMEORIGIN"
DJANGOCMS_VERSIONING_ALLOW_DELETING_VERSIONS = False

# Files and images in filer follow its folder permissions: a staff account sees only the folders
# it is given, not every file of the site.
FILER_ENABLE_PERMISSIONS = True
# --- Editing: what the CMS, its rich-text editor, the file library and the admin offer editors.
# (Kept together, apart from the security settings.)
# The CMS's update check makes every admin index page fetch pypi.org, which the Content-Security-
# Policy refuses (and logs); updates come through requirements.lock, not the admin.
CMS_ENABLE_UPDATE_CHECK = False
# Version lists stay reachable from the toolbar ("Manage versions") but leave the admin index,
# where they only puzzled editors.
DJANGOCMS_VERSIONING_VERBOSE_UI = False
# The rich-text editor (djangocms-text's Tiptap) offers what keeps pages consistent and
# accessible: headings from h2 (the page title is the h1), bold, italic, lists, links and quotes;
# no colours, highlighting, alignment, tables or raw HTML. The sanitizer keeps the same set
# (imp_site/rich_text.py). Undo/Redo and RemoveFormat help with pasted text.
_TEXT_TOOLBAR = [
    ["Undo", "Redo"],
    ["Paragraph", "Heading2", "Heading3", "Heading4"],
    ["Bold", "Italic"],
    ["BulletedList", "NumberedList"],
    ["Link", "Unlink"],
    ["Blockquote"],
    ["RemoveFormat"],
]
TEXT_EDITOR_SETTINGS = {"toolbar_CMS": _TEXT_TOOLBAR, "toolbar_HTMLField": _TEXT_TOOLBAR}
# --- End of the editing settings.

THUMBNAIL_PROCESSORS = (
    "easy_thumbnails.processors.colorspace",
    "easy_thumbnails.processors.autocrop",
    "filer.thumbnail_processors.scale_and_crop_with_subject_location",
    "easy_thumbnails.processors.filters",
)

# Static and media files. WhiteNoise serves compressed, hashed static files in production.
STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Security. Production serves over HTTPS behind a proxy that sets X-Forwarded-Proto.
SECURE_HTTPS = env.bool("SECURE_HTTPS", default=not DEBUG)
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=SECURE_HTTPS)
if env.bool("SECURE_PROXY_SSL_HEADER", default=SECURE_HTTPS):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31536000 if SECURE_HTTPS else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=SECURE_HTTPS)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_SECURE = SECURE_HTTPS
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = SECURE_HTTPS
CSRF_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SECURE = SECURE_HTTPS
LANGUAGE_COOKIE_SAMESITE = "Lax"

# Content-Security-Policy for visitors: nothing inline, nothing from elsewhere. Editors get what
# the CMS's editing tools need (imp_site/content_security_policy.py).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [NONE],
        "frame-ancestors": [SELF],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}
# Browser features the site never uses are switched off for it and anything it embeds.
PERMISSIONS_POLICY: dict[str, list[str]] = {
    feature: []
    for feature in (
        "accelerometer",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
        "browsing-topics",
    )
}

# Password guessing (imp_site/login_protection.py): each rule counts wrong passwords for what it
# names within its lockout time, and locks that out (HTTP 429) once the limit is reached.
LOGIN_LOCKOUT_MINUTES = env.int("LOGIN_LOCKOUT_MINUTES", default=30)
LOGIN_LOCKOUT_RULES = [
    # One username from one address: someone who forgot their password, or a guesser.
    {
        "parameters": ["username", "ip_address"],
        "failures": env.int("LOGIN_FAILURE_LIMIT", default=5),
        "minutes": LOGIN_LOCKOUT_MINUTES,
    },
    # One address trying many usernames.
    {"parameters": ["ip_address"], "failures": 20, "minutes": LOGIN_LOCKOUT_MINUTES},
    # One username tried from many addresses: short, since a stranger can set it off.
    {"parameters": ["username"], "failures": 10, "minutes": 15},
]
AXES_HANDLER = "imp_site.login_protection.TieredLockoutHandler"
AXES_LOCKOUT_PARAMETERS = [rule["parameters"] for rule in LOGIN_LOCKOUT_RULES]
AXES_FAILURE_LIMIT = LOGIN_LOCKOUT_RULES[0]["failures"]
# How long axes keeps failed attempts: as long as the longest lockout needs them.
AXES_COOLOFF_TIME = timedelta(minutes=max(rule["minutes"] for rule in LOGIN_LOCKOUT_RULES))
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
# Staff can change the whole site: their login ends after a working day.
STAFF_SESSION_SECONDS = 9 * 60 * 60

# The client's address, for lockouts and rate limits: with TRUSTED_PROXY_COUNT reverse proxies in
# front of the site, the one our outermost proxy saw (imp_site/client_address.py).
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
if TRUSTED_PROXY_COUNT < 0:
    raise ImproperlyConfigured("TRUSTED_PROXY_COUNT is a number of proxies: 0 or more.")
AXES_CLIENT_IP_CALLABLE = "imp_site.client_address.client_ip"
# Participants log in with an e-mail address (allauth's form field "login"), staff with a
# username (the admin's "username"): axes counts either (registry/accounts.py).
AXES_USERNAME_CALLABLE = "registry.accounts.login_name_for_axes"

SILENCED_SYSTEM_CHECKS = [
    # security.W019: X_FRAME_OPTIONS is SAMEORIGIN, not DENY, because the django CMS toolbar and
    # sideframe show the site's own pages in frames; other origins still cannot frame the site.
    "security.W019",
    # treebeard.E001 (a warning despite its name): django CMS's PageManager predates treebeard 6's
    # manager check; the CMS pins treebeard below 6, where it works as designed.
    "treebeard.E001",
]

# Errors: every server error is logged with its traceback on the console (gunicorn's log), and
# mailed to ADMINS when set ("Name <address>", comma separated). Reports carry no request body,
# cookies or local variables, which could hold health data (imp_site/error_reports.py).
ADMINS = [parseaddr(admin) for admin in env.list("ADMINS", default=[]) if parseaddr(admin)[1]]
DEFAULT_EXCEPTION_REPORTER_FILTER = "imp_site.error_reports.NoPersonalDataReporterFilter"
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"require_debug_false": {"()": "django.utils.log.RequireDebugFalse"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "mail_admins": {
            "level": "ERROR",
            "filters": ["require_debug_false"],
            "class": "django.utils.log.AdminEmailHandler",
            "include_html": False,
        },
    },
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        # Not passed on to Django's own "django" logger, which would mail the error again.
        "django.request": {
            "handlers": ["console", "mail_admins"],
            "level": "ERROR",
            "propagate": False,
        },
        "django.db.backends": {"level": "WARNING"},
        "axes": {"level": "WARNING"},
    },
}
