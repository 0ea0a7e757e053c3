"""The tagger's model through crfsuite's own C interface (speed, issue 7).

python-crfsuite takes every token's features as strings: it copies each into C++ strings three
or four times per call and looks every one up in the model's attribute dictionary, about half of
the time of tagging. Here each attribute of the model is turned once into crfsuite's own record
(``crfsuite_attribute_t``: the attribute's id and the value 1.0, what python-crfsuite makes of a
feature string), the featurizer hands over every token's records joined
(``sentence_featurizer(..., records=...)``), and the functions of the crfsuite library built into
python-crfsuite's extension module set the sequence, find the Viterbi labels and give the
marginals: the same C code python-crfsuite calls, with the same numbers, so the same tags and
the same probabilities to the last bit.

``open_tagger`` checks that on a probe sequence against python-crfsuite's tagger, and gives None
(the caller keeps python-crfsuite) wherever it cannot be done: no such library or function, a
platform other than a 64-bit little-endian one (the record and item layouts below), a probe
that differs.
"""

from __future__ import annotations

import ctypes
import struct
import sys
from array import array
from collections.abc import Sequence
from itertools import accumulate
from typing import Any

#: ``crfsuite_attribute_t``: int aid, (4 bytes of padding), double value.
_RECORD = struct.Struct("<i4xd")
_C_INT, _C_DOUBLE, _C_VOID_P = ctypes.c_int, ctypes.c_double, ctypes.c_void_p
_VOID_PP = ctypes.POINTER(_C_VOID_P)
#: The C functions' prototypes: called holding the GIL, as python-crfsuite calls them (a tagger
#: is one sequence's state; no other thread may set another while it is read).
_FUNC = ctypes.PYFUNCTYPE


class _Instance(ctypes.Structure):
    """``crfsuite_instance_t`` (its ``items``: ``crfsuite_item_t``, int num_contents, int
    cap_contents, pointer to the records: 16 bytes each)."""

    _fields_ = [
        ("num_items", _C_INT),
        ("cap_items", _C_INT),
        ("items", _C_VOID_P),
        ("labels", _C_VOID_P),
        ("weight", _C_DOUBLE),
        ("group", _C_INT),
    ]


class _Model(ctypes.Structure):
    """``crfsuite_model_t``."""

    _fields_ = [
        ("internal", _C_VOID_P),
        ("nref", _C_INT),
        ("addref", _C_VOID_P),
        ("release", _C_VOID_P),
        ("get_tagger", _FUNC(_C_INT, _C_VOID_P, _VOID_PP)),
        ("get_labels", _FUNC(_C_INT, _C_VOID_P, _VOID_PP)),
        ("get_attrs", _FUNC(_C_INT, _C_VOID_P, _VOID_PP)),
        ("dump", _C_VOID_P),
    ]


class _Tagger(ctypes.Structure):
    """``crfsuite_tagger_t``."""

    _fields_ = [
        ("internal", _C_VOID_P),
        ("nref", _C_INT),
        ("addref", _C_VOID_P),
        ("release", _C_VOID_P),
        # (pointers as addresses: ints convert faster than ctypes objects)
        ("set", _FUNC(_C_INT, _C_VOID_P, _C_VOID_P)),
        ("length", _C_VOID_P),
        ("viterbi", _FUNC(_C_INT, _C_VOID_P, _C_VOID_P, _C_VOID_P)),
        ("score", _C_VOID_P),
        ("lognorm", _C_VOID_P),
        ("marginal_point", _FUNC(_C_INT, _C_VOID_P, _C_INT, _C_INT, _C_VOID_P)),
        ("marginal_path", _C_VOID_P),
    ]


class _Dictionary(ctypes.Structure):
    """``crfsuite_dictionary_t``."""

    _fields_ = [
        ("internal", _C_VOID_P),
        ("nref", _C_INT),
        ("addref", _C_VOID_P),
        ("release", _C_VOID_P),
        ("get", _C_VOID_P),
        ("to_id", _C_VOID_P),
        (
            "to_string",
            _FUNC(_C_INT, _C_VOID_P, _C_INT, ctypes.POINTER(ctypes.c_char_p)),
        ),
        ("num", _FUNC(_C_INT, _C_VOID_P)),
        ("free", _FUNC(None, _C_VOID_P, ctypes.c_char_p)),
    ]


def _strings(dictionary: Any, pointer: Any) -> list[str]:
    """The strings of a crfsuite dictionary, by id."""
    out = []
    to_string, free = dictionary.to_string, dictionary.free
    text = ctypes.c_char_p()
    at = ctypes.byref(text)
    for i in range(dictionary.num(pointer)):
        if to_string(pointer, i, at) != 0 or text.value is None:
            raise ValueError(f"no string for id {i}")
        out.append(text.value.decode("utf-8"))
        free(pointer, text)
    return out


class FastTagger:
    """``tag`` and ``marginal`` as python-crfsuite's ``Tagger`` has them, for token features
    given as joined records (``records``)."""

    def __init__(self, library: Any, model_path: str) -> None:
        create = library.crfsuite_create_instance_from_file
        create.argtypes = [ctypes.c_char_p, _VOID_PP]
        create.restype = _C_INT
        model = _C_VOID_P()
        if create(model_path.encode(), ctypes.byref(model)) != 0 or not model.value:
            raise ValueError(f"crfsuite cannot open {model_path}")
        self._model = model  # (kept for the process: the tagger and dictionaries live in it)
        methods = _Model.from_address(model.value)
        addresses: list[int] = []
        for get in (methods.get_tagger, methods.get_labels, methods.get_attrs):
            into = _C_VOID_P()
            if get(model, ctypes.byref(into)) != 0 or not into.value:
                raise ValueError("crfsuite model without a tagger or dictionaries")
            addresses.append(into.value)
        tagger, labels, attrs = addresses
        self._tagger = tagger
        self.labels = _strings(_Dictionary.from_address(labels), labels)
        self._label_ids = {label: i for i, label in enumerate(self.labels)}
        self.records = {
            attr: _RECORD.pack(i, 1.0)
            for i, attr in enumerate(_strings(_Dictionary.from_address(attrs), attrs))
        }
        """Every attribute of the model -> its record."""
        functions = _Tagger.from_address(tagger)
        self._set, self._viterbi = functions.set, functions.viterbi
        self._marginal_point = functions.marginal_point
        self._instance = _Instance(0, 0, None, None, 1.0, 0)
        self._instance_address = ctypes.addressof(self._instance)
        self._value = _C_DOUBLE()
        self._value_address = ctypes.addressof(self._value)

    def tag(self, xseq: Sequence[Sequence[bytes]]) -> list[str]:
        """The labels of a sequence of tokens, each the records of its features (in pieces,
        joined here); the marginals of ``marginal`` are then those of this sequence."""
        n = len(xseq)
        if n == 0:
            return []  # (as python-crfsuite)
        join = b"".join
        tokens = list(map(join, xseq))
        records = array("q")
        records.frombytes(join(tokens))
        lengths = list(map(len, tokens))
        # crfsuite_item_t per token: int num_contents, int cap_contents (unused: 0), pointer
        items = array("q", bytes(16 * n))
        items[0::2] = array("q", [length >> 4 for length in lengths])
        lengths.pop()
        items[1::2] = array("q", accumulate(lengths, initial=records.buffer_info()[0]))
        instance = self._instance
        instance.num_items = instance.cap_items = n
        instance.items = items.buffer_info()[0]
        if self._set(self._tagger, self._instance_address) != 0:
            raise RuntimeError("crfsuite could not set the sequence")
        path = array("i", bytes(4 * n))
        if self._viterbi(self._tagger, path.buffer_info()[0], self._value_address) != 0:
            raise RuntimeError("crfsuite could not tag the sequence")
        labels = self.labels
        return [labels[k] for k in path]

    def marginal(self, label: str, position: int) -> float:
        """P(label at ``position``) for the sequence last tagged."""
        if self._marginal_point(
            self._tagger, self._label_ids[label], position, self._value_address
        ):
            raise RuntimeError("crfsuite could not compute a marginal")
        return self._value.value


def open_tagger(model_path: str, reference: Any) -> FastTagger | None:
    """A ``FastTagger`` of the model, when it gives exactly what ``reference`` (python-crfsuite's
    ``Tagger`` of the same model) gives on a probe sequence; else None."""
    if sys.byteorder != "little" or ctypes.sizeof(_C_VOID_P) != 8:
        return None
    try:
        import pycrfsuite._pycrfsuite as extension

        fast = FastTagger(ctypes.CDLL(extension.__file__), model_path)
    except (ImportError, OSError, AttributeError, ValueError):
        return None
    if not _same_on_probe(fast, reference):
        return None
    return fast


def _same_on_probe(fast: FastTagger, reference: Any) -> bool:
    """Same labels and marginals on a probe of tokens made of the model's attributes."""
    attrs = sorted(fast.records)
    if not attrs or sorted(reference.labels()) != sorted(fast.labels):
        return False
    step = max(1, len(attrs) // 97)
    picked = attrs[::step]
    tokens = [picked[k : k + 9] for k in range(0, min(len(picked), 90), 9)]
    try:
        want = reference.tag([[a.encode() for a in t] for t in tokens])
        want_marginals = [reference.marginal(y, k) for k in range(len(tokens)) for y in fast.labels]
        got = fast.tag([[b"".join(fast.records[a] for a in t)] for t in tokens])
        got_marginals = [fast.marginal(y, k) for k in range(len(tokens)) for y in fast.labels]
    except (RuntimeError, ValueError, KeyError):
        return False
    return bool(want == got and want_marginals == got_marginals)
