"""Model backends: each turns a batch of texts into label probabilities.

Public entry points (import from the submodules; this package imports nothing heavy):
- pipeline.models.runtime: RuntimeParams, CacheParams
- pipeline.models.registry: BACKEND_SCHEMAS, build_backend
- pipeline.models.cache: predict (probabilities + cache statistics)
"""
