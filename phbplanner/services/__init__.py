"""PHB Planner."""
