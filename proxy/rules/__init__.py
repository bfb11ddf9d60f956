"""The rule engine (``engine``) and the closed schema of the YAML rule packs (``schema``)."""
