"""A client library for accessing CG Scanning API V2 (Clone Systems)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
