"""Package layout (the rest is in pyproject.toml): the `pipeline` code, and the top-level
configs/ and data/ folders installed as the packages `pipeline_configs` and `pipeline_data`
(their files: [tool.setuptools.package-data]); pipeline/resources.py finds them."""

from setuptools import find_packages, setup

SHIPPED = {"pipeline_configs": "configs", "pipeline_data": "data"}

setup(
    packages=[*find_packages(include=["pipeline", "pipeline.*"]), *SHIPPED],
    package_dir=SHIPPED,
)
