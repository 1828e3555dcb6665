"""Build the project's OpenAPI spec from Katana's two published documents.

Katana publishes a gateway document (paths, parameters, request DTOs; no response
schemas) and a portal document (descriptions, status codes, response examples). This
package merges them, derives named response schemas from the examples, applies the
project's overlay (``openapi/overlay.yaml``) and writes ``openapi/katana-openapi.yaml``.
"""
