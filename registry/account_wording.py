"""django-allauth's texts that participants read, worded again for them.

allauth's French and Dutch catalogues are complete, but some of their texts are technical, and
the Dutch ones say "je" where the site says "u". The site's own catalogue (LOCALE_PATHS) comes
before allauth's, so translating these msgids in locale/*/django.po replaces allauth's wording;
listing them here keeps them in the catalogue when `make messages` refreshes it.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

REWORDED = [
    gettext_noop("Email"),
    gettext_noop("Email address"),
    gettext_noop("Password"),
    gettext_noop("Password (again)"),
    gettext_noop("Remember Me"),
    gettext_noop("Forgot your password?"),
    gettext_noop("The email address and/or password you specified are not correct."),
    gettext_noop("Too many failed login attempts. Try again later."),
    gettext_noop("You must type the same password each time."),
    gettext_noop("To safeguard the security of your account, please enter your password:"),
    gettext_noop("Confirm Access"),
    gettext_noop("Please type your current password."),
    gettext_noop("Incorrect password."),
    gettext_noop("Password successfully changed."),
    gettext_noop("Current Password"),
    gettext_noop("New Password"),
    gettext_noop("New Password (again)"),
    gettext_noop("Change Password"),
    gettext_noop("Change Email"),
    gettext_noop("Current email"),
    gettext_noop("Changing to"),
    gettext_noop("Your email address is still pending verification."),
    gettext_noop("Two-Factor Authentication"),
    gettext_noop("Sign Out"),
]

# Django 5.2's own message, whose Dutch translation Django does not ship yet (its catalogue has
# the older wording): without this, a Dutch participant choosing a short password reads English.
PASSWORD_TOO_SHORT = ngettext_lazy(
    "This password is too short. It must contain at least %d character.",
    "This password is too short. It must contain at least %d characters.",
    12,
)
