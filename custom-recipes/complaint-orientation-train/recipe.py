"""Train recipe: labelled descriptions -> model folder and validation metrics."""

import logging

from dku_io import DatasetChunkWriter, FolderStorage, folder_to_local_dir, read_dataset
from dku_params import encoder_folder_name, load_train_params
from orientation.catalogue import load_catalogue
from orientation.training import manifest_extra, train

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

encoder = encoder_folder_name()
params = load_train_params(local_encoder=folder_to_local_dir(encoder) if encoder else None)
catalogue = load_catalogue()
settings = params.settings

frame = read_dataset(params.input_dataset)
model, report = train(frame, settings, catalogue)
model.save(FolderStorage(params.model_folder), extra=manifest_extra(settings, report, catalogue))

if params.metrics_dataset:
    with DatasetChunkWriter(params.metrics_dataset) as writer:
        writer.write(report.metrics)
