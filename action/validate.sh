#!/usr/bin/env bash
# What the GitHub Action runs, and what a test runs the same way: builds prevent from the action's checkout
# ($GITHUB_ACTION_PATH) when it has no jar, then checks the plan in the workspace ($GITHUB_WORKSPACE):
# SARIF to a file first (always written), then annotations, whose exit code is the step's.
set -euo pipefail
home="${GITHUB_ACTION_PATH:?set it to the folder of the action}"
cd "${GITHUB_WORKSPACE:-$PWD}"
jar="$home/target/prevent.jar"
if [ ! -f "$jar" ]; then
  echo "Building prevent..."
  (cd "$home" && mvn -B -q -DskipTests -Dmanpages.skip=true -Ddist.skip=true package)
fi
global=()
[ -n "${PREVENT_ACTION_PLAN:-}" ] && global+=(--plan "$PREVENT_ACTION_PLAN")
options=()
[ "${PREVENT_ACTION_STRICT:-false}" = "true" ] && options+=(--strict)
[ -n "${PREVENT_ACTION_AS_OF:-}" ] && options+=(--as-of "$PREVENT_ACTION_AS_OF")
java -jar "$jar" "${global[@]}" validate --format sarif "${options[@]}" >"${PREVENT_ACTION_SARIF:-prevent.sarif}" || true
exec java -jar "$jar" "${global[@]}" validate --format github "${options[@]}"
