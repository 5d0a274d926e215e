"""The dashboard page (the first page of the app) and its charts."""
