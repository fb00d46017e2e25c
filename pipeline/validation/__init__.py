"""Validating automated coding against human coders: coding samples, agreement, a registry."""
