import numpy as np
import torch


def load_checkpoint(path, model):
    # vetted-expect: py.deserialization.pickle-opt-in
    state = torch.load(path, map_location="cpu", weights_only=False)
    model.load_state_dict(state)


def load_embeddings(upload):
    # vetted-expect: py.deserialization.pickle-opt-in
    return np.load(upload, allow_pickle=True)


def load_features(path):
    # vetted-expect: py.deserialization.pickle-opt-in
    data = numpy.load(path, allow_pickle=True, mmap_mode="r")
    return data


def safe_examples(path, model):
    # vetted-ok: py.deserialization.pickle-opt-in
    state = torch.load(path, weights_only=True)
    # vetted-ok: py.deserialization.pickle-opt-in
    arr = np.load(path)
    # vetted-ok: py.deserialization.pickle-opt-in
    arr2 = np.load(path, allow_pickle=False)
    # vetted-ok: py.deserialization.pickle-opt-in
    torch.save(model.state_dict(), path)
    # vetted-ok: py.deserialization.pickle-opt-in
    np.save(path, arr, allow_pickle=True)
    # vetted-ok: py.deserialization.pickle-opt-in
    hint = "torch.load(path, weights_only=False)"
    # vetted-ok: py.deserialization.pickle-opt-in
    # state = torch.load(path, weights_only=False)
    return state, arr, arr2, hint
