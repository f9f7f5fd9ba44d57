"""The encrypted plan file: SQLCipher engine and key handling, typed models, schema versions and
upgrades, backups, the file lock and the keyring. Only ``services`` uses this package; see
docs/storage.md."""
