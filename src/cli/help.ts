export const HELP = `Usage: apigw-lint [options] [file|dir|glob ...]

Lints Amazon API Gateway integrations in OpenAPI documents, CloudFormation/SAM/CDK templates,
PutIntegration bodies and AWS CLI outputs (get-integration, get-method, get-resources).
With no operand, lints the current directory. Files that hold no integration are skipped.

Output:
  -f, --format <name>             text (default), codeframe, json, sarif, github, junit, checkstyle,
                                  rdjson; repeatable
  -o, --output-file <path>        Write the report of the -f before it to a file (atomically);
                                  e.g. -f sarif -o results.sarif -f text (text goes to stdout);
                                  with no -f, .json/.sarif/.xml name json/sarif/junit
      --quiet                     Report errors only
      --color, --no-color         Force colours on or off (default: on for a terminal, off with NO_COLOR)

Failing the run:
      --fail-severity <error|warning|info>  Exit 1 when a finding is at least this severe (default: error)
      --max-warnings <n>          Exit 1 when there are more than n warnings

Configuration:
  -c, --config <file>             Use this configuration file instead of looking for one
      --no-config-lookup          Do not look for apigw-lint.config.json|yaml|yml or .apigw-lintrc[.json|.yaml|.yml]
                                  from the working directory upwards
      --print-config <file>       Print the settings that apply to <file> as JSON, lint nothing
      --max-timeout <ms>          The account's integration timeout ceiling (default 29000)
      --api-kind <REST|HTTP>      Treat documents as REST (v1) or HTTP (v2) APIs when they do not say
      --endpoint-type <EDGE|REGIONAL|PRIVATE>  The API's endpoint type, for the timeout ceiling

Adoption:
      --baseline <file>           Findings recorded in <file> do not fail the run; new ones do
      --update-baseline           Write every current finding to the --baseline file and exit 0

Input:
      --stdin                     Lint standard input instead of files
      --stdin-filename <name>     The name to report stdin under (its extension picks JSON or YAML,
                                  and configuration overrides match it)
      --no-ignore                 Folder walks do not skip what .gitignore ignores
      --cache                     Reuse results of unchanged files (content hashes)
      --cache-location <path>     Cache file or folder (default node_modules/.cache/apigw-lint/)
      --project-root <dir>        The folder $refs and AWS::Include may not leave (default: the nearest folder
                                  above the linted file with a config file, package.json or .git; never /)

Limits (a file past one is an input error naming it; also limits.<name> in the configuration):
      --max-file-bytes <n>        Largest file read (default 67108864, 64 MiB)
      --max-hcl-bytes <n>         Largest Terraform .tf file parsed (default 4194304, 4 MiB)
      --max-alias-nodes <n>       Nodes YAML aliases may expand to per file (default 100000)
      --max-depth <n>             Deepest nesting of maps and lists (default 1000, at most 2000)
      --max-findings-per-file <n> Findings reported per file (default 10000)
      --max-file-millis <ms>      Wall time per file; past it the file is reported and skipped (default 60000)

Fixing:
      --fix                       Apply the safe fixes in place (atomically), then report what is left
      --fix-dry-run               Print the fixes as a unified diff and change nothing

Editor:
      --lsp                       Run the language server (with --stdio, --node-ipc or --socket=<port>)

  -h, --help                      Show this help
  -v, --version                   Show the version

Suppressions (YAML): # apigw-lint-disable-next-line <rule>[, <rule>] -- <reason>
                     # apigw-lint-disable-line <rule> -- <reason>   (at the end of the line)
                     # apigw-lint-disable <rule>  ...  # apigw-lint-enable <rule>
CloudFormation:      Metadata: { apigw-lint: { ignore: [<rule>], reason: <why> } } on the resource
JSON files:          configuration overrides with "pointers": ["/paths/~1pets/get"]

Exit codes: 0 no failing findings, 1 failing findings (errors, or per --fail-severity / --max-warnings),
2 usage, configuration or input errors (unreadable, empty or unparsable file).
`;
