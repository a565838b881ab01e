/** `edgenet help [COMMAND]`, `edgenet COMMAND --help`: what each command takes, as ESLint prints it. */

const LINT = `usage: edgenet lint [PATH...] [options]

Lints files and directories (default .); - reads stdin.

options:
  --config FILE            configuration (default: .edgenet.yaml of the first PATH or the cwd, or above)
  --format FORMAT          text (default), json, sarif, github, junit or markdown
  --output [FORMAT=]FILE   write a report to FILE (repeatable); FILE alone takes the --format report off stdout
  --fail-on LEVEL          error (default), warning or never
  --max-warnings N         also fail when there are more than N warnings
  --quiet                  report errors only
  --rule ID=LEVEL          off, info, warning or error for one rule (repeatable; user-policy ids too)
  --policy FILE            a compiled user policy: bundle.tar.gz or policy.wasm (repeatable)
  --ignore-pattern GLOB    do not lint files matching GLOB, relative to the cwd (repeatable)
  --baseline FILE          findings FILE knows are reported as baselined and do not fail
  --write-baseline FILE    write every finding's fingerprint to FILE (then they are baselined)
  --new-only REF           only findings REF does not have fail (lints REF's tree too: twice the time)
  --trust-from REF         configuration, .gitignore files and waivers as REF has them (pull requests)
  --base-ref REF           github format: findings on lines changed since REF first
  --no-inline-ignores      comments and annotations waive nothing (config ignores still do)
  --cluster NAME           report only this cluster's findings (see edgenet clusters)
  --context DIR            build the model from DIR, report only on the named files (pre-commit)
  --stdin-filename NAME    the name findings on stdin are reported under
  --cache, --no-cache      keep each file's facts by content (default on with --context)
  --cache-location FILE    where (default node_modules/.cache/edgenet/facts.json)
  --print-config           print the configuration the run would use, as JSON, and exit
  --no-color               plain text
  -h, --help               this help

exit codes: 0 nothing at or above --fail-on, 1 findings at or above it (or over --max-warnings),
            2 usage, configuration or internal error
`;

const TOPICS: Record<string, string> = {
  lint: LINT,
  clusters: `usage: edgenet clusters [PATH...] [--format text|json] [--config FILE]

Each cluster the repository describes, why it was formed, its files and builds.
`,
  plan: `usage: edgenet plan [PATH...] [--format text|markdown|json] [--cluster NAME] [--config FILE]

The address plan: every range, where it is declared, the node blocks and their headroom, overlaps.
`,
  graph: `usage: edgenet graph [PATH...] [--format mermaid|dot] [--cluster NAME] [--config FILE]

Network domains, links and violations as a diagram.
`,
  rules: `usage: edgenet rules [--format text|json]

The catalogue: id, default level, title.
`,
  explain: `usage: edgenet explain RULE
       edgenet explain --all [--format text|markdown]

Why a rule exists, how to fix what it reports, and a failing and a passing example.
`,
  init: `usage: edgenet init [DIR] [--force]

Writes DIR/.edgenet.yaml (default .) from what the repository holds; --force overwrites one.
`,
  version: `usage: edgenet version

Prints the version.
`,
  help: `usage: edgenet help [COMMAND]

Help on edgenet, or on one command.
`,
};

export const COMMANDS = ['lint', 'clusters', 'plan', 'graph', 'rules', 'explain', 'init', 'version', 'help'];

export const GENERAL_HELP = `edgenet: checks the networking of ACK Edge clusters from a GitOps repository

usage: edgenet COMMAND [options]

commands:
  lint [PATH...]       lint files and directories (default .); - reads stdin
  clusters [PATH...]   each cluster, why it was formed, its files and builds
  plan [PATH...]       the address plan: ranges, headroom, overlaps
  graph [PATH...]      domains, links and violations as a diagram (Mermaid or DOT)
  rules                the catalogue
  explain RULE         why, how to fix, a failing and a passing example
  init [DIR]           write a commented .edgenet.yaml from what the repository holds
  version              the version
  help [COMMAND]       this help, or a command's

edgenet help lint (or edgenet lint --help) lists lint's options.
`;

export function helpText(topic: string | undefined): string {
  return topic === undefined ? GENERAL_HELP : TOPICS[topic]!;
}
