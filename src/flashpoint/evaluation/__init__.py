from flashpoint.evaluation.model import EvalReport, Metric, shared_eval_dir

__all__ = ["EvalReport", "Metric", "shared_eval_dir"]
