#!/usr/bin/env bash
# End-to-end proof of .pre-commit-hooks.yaml with the real `pre-commit` tool: in a throw-away git repo,
# `pre-commit try-repo <a clone of this checkout's HEAD> apigw-lint` refuses a commit whose staged API definition has an
# error and accepts a clean one. pre-commit installs the hook as users get it (npm install, npm pack,
# npm install -g of the tarball: the `prepare` script builds dist/). Needs git, pre-commit, node, npm and the
# npm registry. Prints "E2E OK" on success; exits non-zero with the reason otherwise.
set -euo pipefail
checkout="$(cd "$(dirname "$0")/.." && pwd)"
command -v pre-commit >/dev/null || { echo "pre-commit is not installed (apt-get install -y pre-commit)"; exit 3; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export PRE_COMMIT_HOME="$work/cache" GIT_AUTHOR_NAME=e2e GIT_AUTHOR_EMAIL=e2e@example.com GIT_COMMITTER_NAME=e2e GIT_COMMITTER_EMAIL=e2e@example.com
cd "$work"
# A clone of the checkout's HEAD: what users get from a tag (uncommitted work in progress is left out).
git clone -q "$checkout" hook-repo
repo="$work/hook-repo"
# pre-commit takes the tarball name from `npm pack`'s stdout; the `prepare` script's banner would pollute it
# (pre-commit/pre-commit#3460) unless the repository's .npmrc runs lifecycle scripts in the background.
grep -qs '^foreground-scripts *= *false' "$repo/.npmrc" || { echo "E2E FAILED: the repository needs a committed .npmrc with 'foreground-scripts=false' for pre-commit's npm pack"; exit 1; }
git init -q project && cd project

bad_integration='{ "type": "AWS_PROXY", "httpMethod": "POST", "uri": "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:pets/invocations", "timeoutInMillis": 10 }'
good_integration='{ "type": "AWS_PROXY", "httpMethod": "POST", "uri": "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:pets/invocations", "timeoutInMillis": 10000 }'

run_hook() { pre-commit try-repo "$repo" apigw-lint --verbose 2>&1; }

# 1. A bad staged file: the hook fails, so a commit through the hook would be refused.
echo "$bad_integration" > integration.json
echo "name: not-an-api" > unrelated.yaml
git add integration.json unrelated.yaml
if out="$(run_hook)"; then echo "$out"; echo "E2E FAILED: the hook accepted a file with an error"; exit 1; fi
grep -q "timeout-out-of-range" <<<"$out" || { echo "$out"; echo "E2E FAILED: the hook failed without naming the rule"; exit 1; }
echo "bad commit refused:"; grep -E "integration.json|timeout-out-of-range|Failed" <<<"$out" | head -5

# 2. Installed as a real git hook: `git commit` itself is refused, then accepted once the file is fixed.
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $repo
    rev: $(git -C "$repo" rev-parse HEAD)
    hooks:
      - id: apigw-lint
YAML
git add .pre-commit-config.yaml
pre-commit install >/dev/null
if git commit -qm "bad" >"$work/commit.log" 2>&1; then cat "$work/commit.log"; echo "E2E FAILED: git commit accepted the bad file"; exit 1; fi
echo "git commit refused: $(grep -c timeout-out-of-range "$work/commit.log") finding(s)"
echo "$good_integration" > integration.json
git add integration.json
git commit -qm "good" >"$work/commit.log" 2>&1 || { cat "$work/commit.log"; echo "E2E FAILED: git commit refused the fixed file"; exit 1; }
echo "good commit accepted: $(git log --oneline | wc -l) commit(s)"
echo "E2E OK"
