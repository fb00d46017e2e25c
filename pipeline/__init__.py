"""stance-pipeline: who said what about a target, with stance and sentiment, via Hydra."""

__version__ = "0.1.0"
