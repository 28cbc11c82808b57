"""Evaluate recipe: scored rows with their true channel -> metrics, errors, HTML report."""

import logging

from dku_io import DatasetChunkWriter, FolderStorage, read_dataset
from dku_params import load_evaluate_params
from orientation.catalogue import load_catalogue
from orientation.evaluation import evaluate_scored
from orientation.evaluation.report import render_report

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

params = load_evaluate_params()
catalogue = load_catalogue()
frame = read_dataset(params.scored_dataset)
result = evaluate_scored(frame, params.label_column, catalogue, params.urgence_column, params.text_column)

with DatasetChunkWriter(params.metrics_dataset) as writer:
    writer.write(result.metrics)
if params.errors_dataset:
    with DatasetChunkWriter(params.errors_dataset) as writer:
        writer.write(result.errors)
if params.report_folder:
    page = render_report(result, catalogue, title=params.title, text_column=params.text_column)
    FolderStorage(params.report_folder).put("report.html", page.encode("utf-8"))
