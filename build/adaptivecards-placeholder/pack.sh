#!/usr/bin/env bash
# Rebuilds the placeholder AdaptiveCards 3.1.0 package into build/feed (see README.md).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dotnet pack "$here/AdaptiveCards.Placeholder.csproj" -c Release --nologo -p:ContinuousIntegrationBuild=true
ls -l "$here/../feed"
