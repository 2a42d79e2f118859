"""Pipeline stages: each takes records and gives records (ingest, clean, ...)."""
