#!/bin/sh
# Any CI system, or a git pre-push hook: print the findings and fail on high or critical ones.
set -eu
npx --yes --package vetted-cli@0.1.0 vetted scan . --fail-on high
