"""Schemathesis hooks for the contract tests (loaded by tests/contract/run.sh)."""

import schemathesis
from schemathesis.core import media_types


# Every YAML media type: schemathesis matches a response against them in order.
@schemathesis.deserializer(*media_types.YAML_MEDIA_TYPES)
def yaml_as_text(ctx, response):
    # The spec describes an exported meltano.yml as text (`type: string`), which it is on the
    # wire; schemathesis would otherwise parse it and compare the document with that schema.
    return response.content.decode("utf-8")
