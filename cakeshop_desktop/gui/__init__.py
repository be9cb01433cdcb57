"""The Qt windows; they talk to core.services through gui.context, never to a session."""
