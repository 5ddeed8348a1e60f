"""The admin as IMP's editors meet it, and the site's own models in it.

- Named for IMP in the editor's language; the file library starts in the folder uploads belong
  in (file_uploads.py). What each person sees follows their permissions: editors get those of
  the Editors group (each app's demo_data/account_groups.yaml), so only what they edit.
- filer's file and image lists answer any staff account, since filer treats "no particular file"
  as allowed: they would list the name of every file of the site. Here the lists need filer's
  model permission; a single file still follows filer's folder permissions.
- The site's own models register beside their code (the contact messages).
"""

from typing import Any

import filer.admin  # noqa: F401 - registers filer's admins, which ours replace
from django.contrib import admin
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from filer.admin.fileadmin import FileAdmin
from filer.admin.imageadmin import ImageAdmin
from filer.models import Clipboard, File, Folder, Image

from .contact import admin as contact_admin  # noqa: F401 - registers ContactMessageAdmin
from .file_uploads import (
    ClipboardAdminUploadingToTheUploadFolder,
    FolderAdminStartingInTheUploadFolder,
)
from .permissions import user_may

admin.site.site_header = _("IMP website management")
admin.site.site_title = _("IMP website management")
admin.site.index_title = _("What would you like to work on?")
# The index is one click away (the breadcrumbs' "Home"); the sidebar repeating it took a quarter
# of a 1280 px screen, and changelists and the three-language forms need that width.
admin.site.enable_nav_sidebar = False


class FileListNeedsPermissionMixin:
    model: Any

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        if obj is None:
            return user_may(request.user, "change", self.model)
        return bool(super().has_change_permission(request, obj))  # type: ignore[misc]


class GuardedFileAdmin(FileListNeedsPermissionMixin, FileAdmin):
    pass


class GuardedImageAdmin(FileListNeedsPermissionMixin, ImageAdmin):
    pass


for model, model_admin in (
    (File, GuardedFileAdmin),
    (Image, GuardedImageAdmin),
    (Folder, FolderAdminStartingInTheUploadFolder),
    (Clipboard, ClipboardAdminUploadingToTheUploadFolder),
):
    admin.site.unregister(model)
    admin.site.register(model, model_admin)
