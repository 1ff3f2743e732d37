"""notaparse: read Dutch ministerial nota's (beslisnota's) into typed, validated objects.

>>> import notaparse
>>> text = "Aan: MOCW\\nDatum\\n13 februari 2024\\n\\nEen titel van de nota\\n\\nAanleiding\\nTekst."
>>> nota = notaparse.parse(text)
>>> nota.metadata.addressee, nota.metadata.date.isoformat(), nota.title
('MOCW', '2024-02-13', 'Een titel van de nota')
"""

import sys as _sys

from ._batch import LoadError, LoadResult, load_all
from ._errors import (
    CorruptPDFError,
    EmptyFileError,
    EncryptedPDFError,
    ExtractionError,
    FormatError,
    JSONError,
    ModelError,
    NotANotaError,
    NotaparseError,
    NotAPDFError,
    NotaSyntaxError,
    NoTextLayerError,
)
from ._json import from_dict, from_json, to_dict, to_json
from ._load import load
from ._model import (
    Attachment,
    Diagnostic,
    Field,
    Footnote,
    ItemList,
    Metadata,
    Nota,
    Numbering,
    Origin,
    Paragraph,
    Section,
)
from ._parse import parse
from ._render import render
from ._validate import Problem, Severity, validate
from ._vocab import Concept

if "hypothesis.strategies" in _sys.modules:  # st.from_type(Nota): see _notaparse_hooks
    from . import strategies as _strategies  # noqa: F401 - registers its strategies on import

__version__ = "0.1.0"

__all__ = [
    "Attachment",
    "Concept",
    "CorruptPDFError",
    "Diagnostic",
    "EmptyFileError",
    "EncryptedPDFError",
    "ExtractionError",
    "Field",
    "Footnote",
    "FormatError",
    "ItemList",
    "JSONError",
    "LoadError",
    "LoadResult",
    "Metadata",
    "ModelError",
    "NoTextLayerError",
    "NotANotaError",
    "NotAPDFError",
    "Nota",
    "NotaSyntaxError",
    "NotaparseError",
    "Numbering",
    "Origin",
    "Paragraph",
    "Problem",
    "Section",
    "Severity",
    "__version__",
    "from_dict",
    "from_json",
    "load",
    "load_all",
    "parse",
    "render",
    "to_dict",
    "to_json",
    "validate",
]


def __dir__() -> list[str]:
    return list(__all__)
