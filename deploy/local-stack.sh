#!/usr/bin/env bash
# Starts the whole local stack: embedded MariaDB, GreenMail with a browser inbox (e-mails and SMS),
# Keycloak (one realm per canton, demo accounts), the application.
# Options: --reset (empty data), --data-dir=DIR, --port=8080, --keycloak-port=8180; see deploy/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
source deploy/find-jdk.sh

echo "Building (JDK: $JAVA_HOME)..."
./mvnw -q -B -DskipTests package
exec "$JAVA_HOME/bin/java" -jar deploy/target/local-stack.jar "$@"
