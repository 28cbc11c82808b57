"""Score recipe: descriptions + model folder -> channel, probabilities and explanation, chunk by chunk."""

import logging
import time

from dku_io import DatasetChunkWriter, FolderStorage, iter_dataset_chunks, log_progress
from dku_llm import start_llm_run
from dku_params import load_score_params
from orientation.catalogue import load_catalogue
from orientation.models import load_model
from orientation.scoring import Scorer, output_columns

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

params = load_score_params()
catalogue = load_catalogue()
model = load_model(FolderStorage(params.model_folder))
start_llm_run(model, params.settings, params.llm_id, params.llm_cache_folder)  # only for the llm family
scorer = Scorer(model, params.settings, catalogue)
started = time.perf_counter()

with DatasetChunkWriter(params.output_dataset, output_columns(catalogue)) as writer:
    for chunk in iter_dataset_chunks(params.input_dataset, params.settings.chunk_size):
        writer.write(scorer.score_df(chunk))

log_progress(f"Scored ({scorer.n_unusable} without usable text, kept with their status)", scorer.n_rows, started)
