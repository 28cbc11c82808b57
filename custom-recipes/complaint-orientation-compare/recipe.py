"""Compare recipe: one labelled dataset with a train/test split -> one row per model family."""

import logging

from dku_io import DatasetChunkWriter, read_dataset
from dku_params import load_compare_params
from orientation.catalogue import load_catalogue
from orientation.evaluation.compare import compare

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

params = load_compare_params()
table = compare(read_dataset(params.input_dataset), params.settings, list(params.algorithms), load_catalogue(),
                split_column=params.split_column, urgence_column=params.urgence_column)

with DatasetChunkWriter(params.output_dataset) as writer:
    writer.write(table)
