"""Run the plugin's scenarios on a real DSS instance (skipped without one)."""

import os

import pytest

URL = os.environ.get("DKU_DSS_URL")
KEY = os.environ.get("DKU_API_KEY")
PROJECT = os.environ.get("DKU_PROJECT_KEY", "COMPLAINTORIENTATION")

pytestmark = pytest.mark.skipif(not (URL and KEY), reason="needs DKU_DSS_URL and DKU_API_KEY (a DSS instance)")


@pytest.fixture(scope="module")
def project():
    import dataikuapi

    client = dataikuapi.DSSClient(URL, KEY)
    client._session.verify = os.environ.get("DKU_VERIFY_SSL", "1") != "0"
    return client.get_project(PROJECT)


@pytest.mark.parametrize("scenario_id", ["TRAIN_AND_SCORE", "SCORE_PARTITIONED"])
def test_scenario_succeeds(project, scenario_id):
    ids = {s["id"] for s in project.list_scenarios()}
    if scenario_id not in ids:
        pytest.skip(f"scenario {scenario_id} is not set up in project {PROJECT}")
    run = project.get_scenario(scenario_id).run_and_wait()
    assert run.outcome == "SUCCESS"


def test_scored_dataset_has_the_output_schema(project):
    schema = project.get_dataset("scored").get_schema()["columns"]
    names = {c["name"] for c in schema}
    assert {"prediction", "confidence", "explanation", "scoring_status"} <= names
    assert all(c.get("comment") for c in schema if c["name"] in {"prediction", "confidence"})
