"""The one way a view reaches registry data: through the account of the request.

Every view that names a participant in its address calls participant_for(); an id that belongs
to another account, or to nobody, is a 404, so an address or a form field changed by hand leads
nowhere and does not even tell whether the participant exists.
"""

from django.http import Http404, HttpRequest

from .consent import CurrentConsent
from .models import Participant


def participant_for(request: HttpRequest, participant_id: int) -> Participant:
    """The participant with this id if the request's account manages it, annotated with its
    current consent (registry/consent.py); else Http404."""
    participant = (
        Participant.objects.managed_by(request.user)
        .with_current_consent()
        .select_related("identity", "account")
        .filter(pk=participant_id)
        .first()
    )
    if participant is None:
        raise Http404("No such participant for this account.")
    return participant


def consent_of(participant: Participant) -> CurrentConsent:
    """The consent of a participant returned by participant_for()."""
    return CurrentConsent.of(participant)
