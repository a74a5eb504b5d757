#!/usr/bin/env bash
# Runs every test of every module: unit, database (embedded MariaDB), browserless Vaadin, and the
# end-to-end tests in headless Chromium against the packaged application.
# Extra arguments go to Maven, e.g. deploy/run-tests.sh -pl platform-core -am
set -euo pipefail
cd "$(dirname "$0")/.."
source deploy/find-jdk.sh
echo "JDK: $JAVA_HOME"
exec ./mvnw -B verify "$@"
