"""The event gold sets of ``flashpoint eval``: PLOVER GSR and PETR-2 GSR.

Both code each gold sentence with :func:`flashpoint.code_text` (one ``Settings``, so the spaCy
pipeline is loaded once), score dev and test halves separately and return one
:class:`Prediction` per scored predicted event for calibration. Nothing here is tuned.
"""

from flashpoint.evaluation.events_common import Prediction
from flashpoint.evaluation.events_petr2 import evaluate_petr2_gsr
from flashpoint.evaluation.events_plover import evaluate_plover

__all__ = ["Prediction", "evaluate_petr2_gsr", "evaluate_plover"]
