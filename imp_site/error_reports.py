"""What an error report (the mail to ADMINS, Django's error pages) may show of a request.

Django's own filter hides settings and POST fields that look secret; a registry form's fields
are health data whatever their names. Reports here keep the traceback and the address, and
leave out every submitted value, every cookie and every local variable.
"""

import re
from typing import Any

from django.http import HttpRequest
from django.views.debug import SafeExceptionReporterFilter

HIDDEN = "********************"


class NoPersonalDataReporterFilter(SafeExceptionReporterFilter):
    hidden_settings = re.compile(
        "API|TOKEN|KEY|SECRET|PASS|SIGNATURE|HTTP_COOKIE|DSN|EMAIL_URL|DATABASE_URL", flags=re.I
    )

    def get_post_parameters(self, request: HttpRequest | None) -> Any:
        if request is None:
            return {}
        return dict.fromkeys(request.POST, HIDDEN)

    def get_safe_cookies(self, request: HttpRequest) -> dict[str, str]:
        return dict.fromkeys(request.COOKIES, HIDDEN)

    def get_traceback_frame_variables(self, request: HttpRequest | None, tb_frame: Any) -> Any:
        return [(name, HIDDEN) for name in tb_frame.f_locals]

    def get_safe_request_meta(self, request: HttpRequest) -> dict[str, Any]:
        meta = super().get_safe_request_meta(request)
        meta.pop("HTTP_COOKIE", None)
        return meta
