#!/usr/bin/env bash
# The apigw-lint step of action.yml (a composite action), kept in a file so that a test can run it outside
# GitHub with the variables GitHub sets: GITHUB_ACTION_PATH (the action's own checkout, at the tag the workflow
# pinned), GITHUB_OUTPUT, and the inputs as APIGW_LINT_*. It runs in the workflow's working directory.
#
# By default it runs the action's own checkout (installed with `npm ci` there, which builds it), so the tag a
# workflow pins is the linter it gets. APIGW_LINT_VERSION (input `version`) runs that npm version instead.
set -uo pipefail
# apigw-lint never creates folders for -o; the action makes the one its sarif-file input names.
mkdir -p -- "$(dirname -- "$APIGW_LINT_SARIF")"
report=(-f sarif -o "$APIGW_LINT_SARIF" -f text)
if [ -n "${APIGW_LINT_VERSION:-}" ]; then
  linter=(npx --yes "apigw-lint@${APIGW_LINT_VERSION}")
else
  action="${GITHUB_ACTION_PATH:?GITHUB_ACTION_PATH is not set}"
  if [ ! -f "$action/dist/bundle/apigw-lint.js" ]; then
    if ! (cd "$action" && npm ci --no-audit --no-fund >&2); then
      echo "apigw-lint: npm ci in the action's checkout ($action) failed" >&2
      echo "exit-code=2" >> "$GITHUB_OUTPUT"
      exit 2
    fi
  fi
  linter=(node "$action/dist/bundle/apigw-lint.js")
fi
# Word splitting of ARGS and PATHS is intended (several options, several paths).
# shellcheck disable=SC2086
"${linter[@]}" "${report[@]}" ${APIGW_LINT_ARGS:-} ${APIGW_LINT_PATHS:-.}
code=$?
echo "exit-code=$code" >> "$GITHUB_OUTPUT"
# 1 = findings: upload them first, fail afterwards (a later step). 2 = the run itself failed: stop now.
if [ "$code" -ge 2 ]; then exit "$code"; fi
exit 0
