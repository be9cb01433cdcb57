"""Opening a shop database (connect, migrate, demo) and preparing a shop server: the layer
above the services and the demo data, used by the CLI and the GUI's start-up and settings."""
