"""Prepare recipe: normalise, pseudonymise, set bad rows aside with their reason."""

import logging
import time

from dku_io import DatasetChunkWriter, iter_dataset_chunks, log_progress
from dku_params import load_prepare_params
from orientation.prepare import PREPARE_COLUMN_DESCRIPTIONS, REJECT_COLUMN_DESCRIPTIONS, Preparer

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

params = load_prepare_params()
preparer = Preparer(params.settings, separate_rejected=params.rejected_dataset is not None)
started, row = time.perf_counter(), 0

prepared = DatasetChunkWriter(params.output_dataset, PREPARE_COLUMN_DESCRIPTIONS)
rejected = DatasetChunkWriter(params.rejected_dataset, REJECT_COLUMN_DESCRIPTIONS) if params.rejected_dataset else None
for chunk in iter_dataset_chunks(params.input_dataset, params.settings.chunk_size):
    good, bad = preparer.prepare_df(chunk, row)
    row += len(chunk)
    prepared.write(good)
    if rejected is not None:
        rejected.write(bad)
prepared.close()
if rejected is not None:
    rejected.close()

log_progress(f"Prepared ({preparer.n_rejected} rejected)", preparer.n_rows, started)
