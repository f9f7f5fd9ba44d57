"""PHB Planner: plan and run a personal health budget, privately, on your own computer."""

__version__ = "0.1.0"
