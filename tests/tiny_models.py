"""Tiny randomly initialised Hugging Face models with the label layouts of the real presets.

Each is saved with save_pretrained into a folder and then loaded through the real resolver
and loading code (local-directory path). The tokenizer is a word-level `tokenizers` model
built offline, with a huge model_max_length like many hub tokenizers report.
"""

from __future__ import annotations

from pathlib import Path

WORDS = (
    "the a of and to in is on we china us united states climate cooperation support oppose "
    "speaker this statement favor against neutral about position takes no text tone positive "
    "negative good bad news talks were sides said"
).split()
SPECIAL = ["<s>", "<pad>", "</s>", "<unk>", "<mask>"]  # ids 0..4, as BART/RoBERTa expect

# The label layouts (config.id2label) of the real hub models each preset names.
LAYOUTS: dict[str, dict[int, str]] = {
    "bart_mnli": {0: "contradiction", 1: "neutral", 2: "entailment"},
    "deberta_zeroshot_2way": {0: "entailment", 1: "not_entailment"},
    "deberta_mnli_3way": {0: "entailment", 1: "neutral", 2: "contradiction"},
    "roberta_stance_climate": {0: "LABEL_0", 1: "LABEL_1", 2: "LABEL_2"},
    "roberta_sentiment_latest": {0: "negative", 1: "neutral", 2: "positive"},
    "roberta_siebert": {0: "NEGATIVE", 1: "POSITIVE"},
    "distilbert_sst2": {0: "NEGATIVE", 1: "POSITIVE"},
}


def _tokenizer(with_token_types: bool):
    from tokenizers import Tokenizer, models, pre_tokenizers, processors
    from transformers import PreTrainedTokenizerFast

    vocab = {tok: i for i, tok in enumerate(SPECIAL + WORDS)}
    core = Tokenizer(models.WordLevel(vocab, unk_token="<unk>"))
    core.pre_tokenizer = pre_tokenizers.Whitespace()
    core.post_processor = processors.TemplateProcessing(
        single="<s> $A </s>",
        pair="<s> $A </s> </s> $B:1 </s>:1",
        special_tokens=[("<s>", 0), ("</s>", 2)],
    )
    inputs = ["input_ids", "attention_mask"] + (["token_type_ids"] if with_token_types else [])
    return PreTrainedTokenizerFast(
        tokenizer_object=core,
        bos_token="<s>",
        eos_token="</s>",
        unk_token="<unk>",
        pad_token="<pad>",
        cls_token="<s>",
        sep_token="</s>",
        mask_token="<mask>",
        model_max_length=int(1e30),  # the "no limit" value many hub tokenizers report
        model_input_names=inputs,
    )


def _config(family: str, id2label: dict[int, str]):
    from transformers import BartConfig, DebertaV2Config, DistilBertConfig, RobertaConfig

    common = {
        "vocab_size": len(SPECIAL) + len(WORDS),
        "id2label": id2label,
        "label2id": {v: k for k, v in id2label.items()},
        "pad_token_id": 1,
        "initializer_range": 0.5,  # large random weights: outputs differ clearly between texts
    }
    if family == "bart":
        return BartConfig(
            d_model=16, encoder_layers=1, decoder_layers=1, encoder_attention_heads=2,
            decoder_attention_heads=2, encoder_ffn_dim=32, decoder_ffn_dim=32,
            max_position_embeddings=64, bos_token_id=0, eos_token_id=2, **common,
        )  # fmt: skip
    if family == "deberta-v2":
        return DebertaV2Config(
            hidden_size=16, num_hidden_layers=1, num_attention_heads=2, intermediate_size=32,
            max_position_embeddings=64, type_vocab_size=2, **common,
        )  # fmt: skip
    if family == "roberta":
        return RobertaConfig(
            hidden_size=16, num_hidden_layers=1, num_attention_heads=2, intermediate_size=32,
            max_position_embeddings=66, type_vocab_size=1, **common,
        )  # fmt: skip
    if family == "distilbert":
        return DistilBertConfig(
            dim=16, n_layers=1, n_heads=2, hidden_dim=32, max_position_embeddings=64, **common
        )
    raise ValueError(family)


def build_tiny_model(folder: Path, family: str, layout: str, seed: int = 0) -> Path:
    """Save a random `family` sequence classifier with label layout `layout` into folder."""
    import torch
    from transformers import AutoModelForSequenceClassification

    torch.manual_seed(seed)
    model = AutoModelForSequenceClassification.from_config(_config(family, LAYOUTS[layout]))
    model.save_pretrained(folder)
    _tokenizer(with_token_types=family == "deberta-v2").save_pretrained(folder)
    return folder
