"""Evaluate recipe: scored rows with their true channel -> metrics, errors, bias audit, explanations,
counterfactual test (with the model folder) and an HTML report."""

import logging

from dku_io import DatasetChunkWriter, FolderStorage, read_dataset
from dku_params import load_evaluate_params
from orientation.catalogue import load_catalogue
from orientation.evaluation.audit import audit
from orientation.models import load_model

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

params = load_evaluate_params()
catalogue = load_catalogue()
frame = read_dataset(params.scored_dataset)
model = load_model(FolderStorage(params.model_folder)) if params.model_folder else None
outputs = audit(frame, params.settings, catalogue, model)

tables = outputs.tables()
for name, dataset in params.outputs().items():
    with DatasetChunkWriter(dataset) as writer:
        writer.write(tables[name])
if params.report_folder:
    FolderStorage(params.report_folder).put("report.html", outputs.report.encode("utf-8"))
