"""stance-pipeline: who said what about a target, with stance and sentiment, as Hydra experiments."""

__version__ = "0.1.0"
