"""Ingestion: reading letter files (text, HTML, PDF, DOCX) into :class:`kg.model.Letter`."""
