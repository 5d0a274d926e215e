"""The Qt views (PySide6). May import every layer below: services, domain."""
