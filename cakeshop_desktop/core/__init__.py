"""The shop's core: data model, rules and services. Never imports Qt."""
