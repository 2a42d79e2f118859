"""The codebook: CAMEO codes, actors, sectors, people with dated roles and verb patterns.

All of it is reviewed data (TSV files with a ``source`` column) read by one loader, ``load``.
"""

from flashpoint.codebook.load import Codebook, load_codebook
from flashpoint.codebook.model import (
    ActorName,
    CameoCode,
    Country,
    Organization,
    PersonRole,
    SectorWord,
    VerbPattern,
)

__all__ = [
    "ActorName",
    "CameoCode",
    "Codebook",
    "Country",
    "Organization",
    "PersonRole",
    "SectorWord",
    "VerbPattern",
    "load_codebook",
]
