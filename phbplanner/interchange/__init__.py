"""Interchange formats: plan JSON (with its JSON Schema), FHIR, bank CSV. Pure functions."""
