"""Code environment resources (DSS convention): download the default encoder once, when DSS
builds the plugin's code env, so that recipes load it offline afterwards.

DSS runs this script at code-env build time, on a node that can reach the Hugging Face hub or
an internal mirror (HF_ENDPOINT). Air-gapped instances skip it: give the train recipe a managed
folder holding the checkpoint instead (see README, "Encoders: `embedding` and fine-tuned `transformer`").
"""

import os

from dataiku.code_env_resources import clear_all_env_vars, grant_permissions, set_env_path

# intfloat/multilingual-e5-small (MIT). Pin the revision (a commit hash of the model repository)
# the data lab validated, through ORIENTATION_E5_REVISION in the code env's settings, so that
# every build gets the same weights; without it the build takes the current "main".
MODEL_ID = "intfloat/multilingual-e5-small"
REVISION = os.environ.get("ORIENTATION_E5_REVISION", "main")

clear_all_env_vars()
set_env_path("HF_HOME", "huggingface")
set_env_path("ORIENTATION_ENCODER_DIR", "encoders/multilingual-e5-small")

from huggingface_hub import snapshot_download  # noqa: E402  (after HF_HOME is set)

target = os.environ["ORIENTATION_ENCODER_DIR"]
snapshot_download(
    repo_id=MODEL_ID,
    revision=REVISION,
    local_dir=target,
    allow_patterns=["config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.json",
                    "special_tokens_map.json", "sentencepiece.bpe.model"],
)
grant_permissions(target)
