#!/usr/bin/env bash
# Starts the whole local stack: embedded MariaDB, GreenMail with a browser inbox, the application.
# Options: --reset (empty database), --data-dir=DIR, --port=8080; see deploy/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
source deploy/find-jdk.sh

echo "Building (JDK: $JAVA_HOME)..."
./mvnw -q -B -DskipTests package
exec "$JAVA_HOME/bin/java" -jar deploy/target/local-stack.jar "$@"
