"""The committee's cast is the registry's (tests/registry/conftest.py): `committee_member` and
`registry_administrator`, in the groups the role_groups migration makes, with an authenticator
app, logged in with password and code (registry/second_factor.py). Many consented entries at
once: tests/registry/volume.py."""

import pytest


@pytest.fixture
def administrator_client(registry_administrator_client):
    """The name the tests per role give the registry administrator's browser."""
    return registry_administrator_client
