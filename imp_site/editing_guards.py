"""Guards in front of the CMS's editing endpoints, for what the CMS itself lets through.

- The edit, structure and preview views of an object (`admin/cms/placeholder/object/<content
  type>/<view>/<id>/`) show drafts. The CMS asks only that the user may *view* the published
  page, so any staff account could read every draft by walking the ids. Here they need the right
  to change what they show: the page's draft (CMS page permissions), or the object's model.
- The page wizard and the versions list read `?page=` as an id and fail with a server error on
  anything else; such a request is a bad request.
"""

import re
from collections.abc import Callable

from cms.models import PageContent
from cms.utils.page_permissions import user_can_view_page_draft
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import BadRequest, ObjectDoesNotExist, PermissionDenied
from django.http import HttpRequest, HttpResponseBase

from .permissions import user_may

OBJECT_VIEW = re.compile(
    r"^/[a-z]{2}/admin/cms/placeholder/object/(?P<type>\d+)/(?:edit|structure|preview)/(?P<id>\d+)/$"
)
# Endpoints whose `page` parameter is a page's id.
PAGE_ID_PARAMETER = re.compile(r"^/[a-z]{2}/(?:cms_wizard/|admin/djangocms_versioning/)")


class EditingEndpointsGuardMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        if PAGE_ID_PARAMETER.match(request.path_info):
            _require_whole_number(request.GET.get("page"))
        object_view = OBJECT_VIEW.match(request.path_info)
        if object_view and not _may_see_drafts_of(request, object_view["type"], object_view["id"]):
            raise PermissionDenied
        return self.get_response(request)


def _require_whole_number(value: str | None) -> None:
    if value is not None and not value.isdigit():
        raise BadRequest("page must be a page's id")


def _may_see_drafts_of(request: HttpRequest, content_type_id: str, object_id: str) -> bool:
    """Whether the user may change the object the endpoint shows (unknown objects are left to
    the CMS, which answers them with a 404)."""
    if not request.user.is_authenticated:
        return True  # the admin sends them to its login page
    try:
        model = ContentType.objects.get_for_id(int(content_type_id)).model_class()
    except ObjectDoesNotExist:
        return True
    if model is None:
        return True
    if issubclass(model, PageContent):
        content = PageContent.admin_manager.select_related("page").filter(pk=object_id).first()
        return content is None or user_can_view_page_draft(request.user, content.page)
    return user_may(request.user, "change", model)
