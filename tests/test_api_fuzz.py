"""Property-based fuzz of the HTTP API from its own OpenAPI schema: no request gives a 500."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from newsevents.engine import run
from newsevents.settings import Settings

from .conftest import EXAMPLE

schemathesis = pytest.importorskip("schemathesis")
CALLS: list[int] = []


@pytest.fixture(scope="module")
def operations(tmp_path_factory):
    from newsevents.deliver.web import create_app

    db = tmp_path_factory.mktemp("fuzz") / "events.duckdb"
    run([str(EXAMPLE)], Settings(db=str(db)))
    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(db))
    return [result.ok() for result in schema.get_all_operations()]


def test_no_request_makes_a_server_error(operations):
    assert len(operations) >= 6
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
        def check(case):
            # a generous read timeout: on a loaded machine a request may take more than the
            # transport's default 10 s, and slowness is not what this test is about
            response = case.call(timeout=60)
            CALLS.append(response.status_code)
            assert response.status_code < 500, (case.method, case.path, response.text[:300])

        check()
    assert len(CALLS) >= 50 and any(status < 400 for status in CALLS)
