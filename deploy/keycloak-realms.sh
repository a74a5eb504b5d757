#!/usr/bin/env bash
# Writes and/or applies the canton realms of a production Keycloak (see deploy/README.md,
# "Keycloak in production", and RealmCommand for the options). Needs a JDK 21+ only.
set -euo pipefail
cd "$(dirname "$0")/.."
source deploy/find-jdk.sh > /dev/null
./mvnw -B -q -pl keycloak-realm/server -am install -DskipTests
classpath=$(mktemp)
trap 'rm -f "$classpath"' EXIT
./mvnw -B -q -pl keycloak-realm/server dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$classpath"
exec "$JAVA_HOME/bin/java" -cp "keycloak-realm/server/target/classes:$(cat "$classpath")" ch.guichetai.keycloak.RealmCommand "$@"
