"""The Qt-free core: everything a user can do, as plain Python."""
