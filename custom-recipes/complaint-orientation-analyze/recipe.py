"""Analyze recipe: what victims say spontaneously, and whether it is enough to decide."""

import logging

from dku_io import DatasetChunkWriter, FolderStorage, read_dataset
from dku_params import load_analyze_params
from orientation.analysis import analyze
from orientation.catalogue import load_catalogue
from orientation.rules import load_rules
from orientation.signals import load_extractor

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

params = load_analyze_params()
catalogue = load_catalogue()
engine = load_rules(load_extractor(), channels=catalogue.ids)

frame = read_dataset(params.input_dataset)
result, summary = analyze(frame, params.text_column, params.label_column, engine, catalogue)

with DatasetChunkWriter(params.output_dataset) as writer:
    writer.write(result)
if params.summary_folder:
    FolderStorage(params.summary_folder).put("synthese.md", summary.encode("utf-8"))
