"""Where editors' uploads go when they choose no folder: the file library's "Images" folder.

django-filer's file picker opens in the folder the editor last opened (kept in the session), and
a file dropped on an image field goes there too; before any, the picker opened at the library's
root, where uploading is impossible, and a dropped file went to "Unsorted Uploads", which only
its uploader can see once folder permissions are on (FILER_ENABLE_PERMISSIONS). With these
admins, both start in the upload folder when the session names no folder. The demo content
creates the folder and lets the Editors group use it (imp_site/demo_data/account_groups.yaml).
"""

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.urls import URLPattern, path
from filer.admin.clipboardadmin import ClipboardAdmin, ajax_upload
from filer.admin.folderadmin import FolderAdmin
from filer.models import Folder

UPLOAD_FOLDER_NAME = "Images"
# The session key in which filer keeps the folder the editor last opened.
LAST_FOLDER_KEY = "filer_last_folder_id"


def upload_folder() -> Folder | None:
    return Folder.objects.filter(parent=None, name=UPLOAD_FOLDER_NAME).first()


def start_in_the_upload_folder(request: HttpRequest) -> None:
    """Make the upload folder the one filer opens and uploads to, unless the editor opened an
    existing folder during this session."""
    last_folder_id = request.session.get(LAST_FOLDER_KEY)
    if last_folder_id and Folder.objects.filter(pk=last_folder_id).exists():
        return
    folder = upload_folder()
    if folder is not None:
        request.session[LAST_FOLDER_KEY] = folder.pk


class FolderAdminStartingInTheUploadFolder(FolderAdmin):
    def directory_listing(
        self,
        request: HttpRequest,
        folder_id: int | None = None,
        viewtype: str | None = None,
    ) -> HttpResponse:
        # "last" is the view the file picker of an image field opens.
        if viewtype == "last":
            start_in_the_upload_folder(request)
        return super().directory_listing(request, folder_id, viewtype)


class ClipboardAdminUploadingToTheUploadFolder(ClipboardAdmin):
    def get_urls(self) -> list[URLPattern]:
        # Ahead of filer's own pattern of the same path and name: the upload of a file dropped
        # on an image field, which names no folder.
        dropped_file_upload = path(
            "operations/upload/no_folder/",
            self.admin_site.admin_view(upload_to_the_upload_folder),
            name="filer-ajax_upload",
        )
        return [dropped_file_upload, *super().get_urls()]


def upload_to_the_upload_folder(request: HttpRequest, **kwargs: Any) -> HttpResponse:
    start_in_the_upload_folder(request)
    return ajax_upload(request, **kwargs)
