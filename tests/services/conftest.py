"""The services tests share the storage tests' real-file fixtures."""

from tests.storage.conftest import memory_keyring, plan, plan_file, template_file

__all__ = ["memory_keyring", "plan", "plan_file", "template_file"]
