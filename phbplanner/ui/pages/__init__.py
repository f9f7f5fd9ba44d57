"""The pages of the planning journey, one per step of SPEC §3."""
