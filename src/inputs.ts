/**
 * Every input of the action, which is also a flag of the CLI (`fail-on` ⇔ `--fail-on`; a
 * multi-line input is a repeatable flag). The single source for `action.yml`, the README
 * tables and `--help` (`npm run docs` regenerates the first two; a test checks they match).
 */

export const COMMANDS = ['scan', 'label-backup', 'restore', 'backups', 'rotate-certs'] as const

/** Commands that talk to a cluster. */
export const CLUSTER_COMMANDS = ['label-backup', 'restore', 'backups', 'rotate-certs'] as const
export type Command = (typeof COMMANDS)[number]

export type InputKind = 'string' | 'boolean' | 'list'

export interface InputDef {
  name: string
  description: string
  /** As written in action.yml (a workflow expression is resolved by the runner). */
  default?: string
  /** The CLI's default where action.yml's is a workflow expression. */
  cliDefault?: string
  kind: InputKind
  /** Commands that read it; other commands warn when it is given. */
  commands: readonly Command[] | 'all'
  /** Only meaningful on GitHub (not a CLI flag). */
  actionOnly?: boolean
  secret?: boolean
}

export const INPUTS: readonly InputDef[] = [
  {
    name: 'command',
    description: `What to do: ${COMMANDS.join(', ')}.`,
    default: 'scan',
    kind: 'string',
    commands: 'all',
    actionOnly: true
  },
  {
    name: 'sarif',
    description:
      'SARIF files, directories (every *.sarif, *.sarif.json, *.sarif.gz below) or globs, one per line, relative to the workspace. Plain or gzip. A pattern that matches no file makes the verdict unknown.',
    kind: 'list',
    commands: ['scan']
  },
  {
    name: 'fail-on',
    description:
      'Lowest severity that blocks: critical, high, medium, low, note, or none (severity never blocks; max-counts and deny-rules still do).',
    default: 'high',
    kind: 'string',
    commands: ['scan']
  },
  {
    name: 'max-counts',
    description:
      'Per-severity allowance, e.g. `high=2, medium=10`: block only when more are counted. Overrides fail-on for the severities named.',
    kind: 'list',
    commands: ['scan']
  },
  {
    name: 'new-only',
    description:
      "Count only findings whose SARIF baselineState is new (or not given); 'unchanged' and 'updated' ones do not count.",
    default: 'false',
    kind: 'boolean',
    commands: ['scan']
  },
  {
    name: 'include-paths',
    description: 'Path globs, one per line: when given, only findings in matching files count.',
    kind: 'list',
    commands: ['scan']
  },
  {
    name: 'exclude-paths',
    description: 'Path globs, one per line, whose findings do not count (e.g. `test/**`).',
    kind: 'list',
    commands: ['scan']
  },
  {
    name: 'allow-rules',
    description:
      'Rule ids or globs (`tool:rule` to name the tool), one per line, whose findings never block.',
    kind: 'list',
    commands: ['scan']
  },
  {
    name: 'deny-rules',
    description:
      'Rule ids or globs (`tool:rule` to name the tool), one per line, whose counted findings always block.',
    kind: 'list',
    commands: ['scan']
  },
  {
    name: 'count-suppressed',
    description: 'Count findings that the tool reports as suppressed (accepted suppressions).',
    default: 'false',
    kind: 'boolean',
    commands: ['scan']
  },
  {
    name: 'annotations',
    description:
      'Write the most severe findings as workflow-command annotations (GitHub shows 10 per level per step).',
    default: 'true',
    kind: 'boolean',
    commands: ['scan']
  },
  {
    name: 'output-dir',
    description:
      'Directory for the report files (verdict JSON, Markdown, merged SARIF, JUnit XML, GitLab Code Quality JSON), relative to the workspace.',
    default: 'known-good-report',
    kind: 'string',
    commands: ['scan']
  },
  {
    name: 'github-token',
    description:
      'Token for the check run, pull request comment, review comments, commit status and labels. Needs checks: write, pull-requests: write, statuses: write (see Permissions).',
    default: '${{ github.token }}',
    kind: 'string',
    commands: ['scan'],
    actionOnly: true,
    secret: true
  },
  {
    name: 'check-name',
    description: 'Name of the check run (and of the sticky comment it owns).',
    default: 'known-good',
    kind: 'string',
    commands: ['scan'],
    actionOnly: true
  },
  {
    name: 'comment',
    description:
      'Keep one sticky pull request comment with the verdict, updated in place on every run.',
    default: 'true',
    kind: 'boolean',
    commands: ['scan'],
    actionOnly: true
  },
  {
    name: 'review-comments',
    description:
      'Review comments on the pull request: off, added (findings on added lines), diff_context (on lines inside diff hunks), file (also file-level comments for other lines of changed files), nofilter (same as file: GitHub takes review comments only on changed files).',
    default: 'off',
    kind: 'string',
    commands: ['scan'],
    actionOnly: true
  },
  {
    name: 'commit-status',
    description:
      'Set the commit status known-good/verdict on the commit: the durable record that restore consults.',
    default: 'true',
    kind: 'boolean',
    commands: ['scan'],
    actionOnly: true
  },
  {
    name: 'pr-labels',
    description:
      'Label the pull request known-good:clean, known-good:blocked or known-good:unknown.',
    default: 'false',
    kind: 'boolean',
    commands: ['scan'],
    actionOnly: true
  },
  {
    name: 'upload-artifact',
    description:
      'Upload the verdict JSON, merged SARIF and Markdown report as a workflow artifact.',
    default: 'true',
    kind: 'boolean',
    commands: ['scan'],
    actionOnly: true
  },
  {
    name: 'artifact-name',
    description: 'Name of the report artifact.',
    default: 'known-good-report',
    kind: 'string',
    commands: ['scan'],
    actionOnly: true
  },
  {
    name: 'kubeconfig',
    description:
      'Kubeconfig content (YAML or base64) from a secret. Without it: kubeconfig-path, then $KUBECONFIG (as set by azure/aks-set-context, google-github-actions/get-gke-credentials or aws eks update-kubeconfig), then the in-cluster service account. Tokens and keys are masked.',
    kind: 'string',
    commands: CLUSTER_COMMANDS,
    secret: true
  },
  {
    name: 'kubeconfig-path',
    description: 'Path of a kubeconfig file.',
    kind: 'string',
    commands: CLUSTER_COMMANDS
  },
  {
    name: 'context',
    description: 'Kubeconfig context to use (default: its current-context).',
    kind: 'string',
    commands: CLUSTER_COMMANDS
  },
  {
    name: 'insecure-skip-tls-verify',
    description:
      'Do not verify the API server certificate. Insecure: anyone on the network path can read and change the traffic. Always warned about.',
    default: 'false',
    kind: 'boolean',
    commands: CLUSTER_COMMANDS
  },
  {
    name: 'provider',
    description:
      'Backup system: velero (Backup/Restore/Schedule objects) or csi (VolumeSnapshots of PVCs).',
    default: 'velero',
    kind: 'string',
    commands: CLUSTER_COMMANDS
  },
  {
    name: 'backup-namespace',
    description:
      "Where the backups live: Velero's namespace, or for csi the application's namespace (its PVCs and VolumeSnapshots).",
    default: 'velero',
    kind: 'string',
    commands: CLUSTER_COMMANDS
  },
  {
    name: 'label-prefix',
    description:
      'Prefix of the labels and annotations written on cluster objects (a stable contract: select on it).',
    default: 'known-good.dev/',
    kind: 'string',
    commands: CLUSTER_COMMANDS
  },
  {
    name: 'verdict-file',
    description: "The scan's verdict record (verdict.json) to put on the backup.",
    default: 'known-good-report/verdict.json',
    kind: 'string',
    commands: ['label-backup']
  },
  {
    name: 'backup-name',
    description: 'The pre-release backup to label, by name.',
    kind: 'string',
    commands: ['label-backup']
  },
  {
    name: 'backup-selector',
    description:
      'Label selector: label-backup takes the newest matching backup; backups lists only matching ones.',
    kind: 'string',
    commands: ['label-backup', 'backups']
  },
  {
    name: 'schedule',
    description:
      'Velero schedule: label its newest backup, or with create, take a new backup from its template (named like velero backup create --from-schedule).',
    kind: 'string',
    commands: ['label-backup']
  },
  {
    name: 'pvc-selector',
    description: 'csi with create: label selector of the PVCs to snapshot.',
    kind: 'string',
    commands: ['label-backup']
  },
  {
    name: 'snapshot-class',
    description: 'csi with create: VolumeSnapshotClass to use (default: the cluster default).',
    kind: 'string',
    commands: ['label-backup']
  },
  {
    name: 'create',
    description:
      'Create the pre-release backup now (from schedule, or of the PVCs pvc-selector picks) with the verdict labels set at creation, so they are stored with the backup.',
    default: 'false',
    kind: 'boolean',
    commands: ['label-backup']
  },
  {
    name: 'wait',
    description:
      'Wait until the backup is usable (Completed / readyToUse) before labelling it done.',
    default: 'true',
    kind: 'boolean',
    commands: ['label-backup']
  },
  {
    name: 'backup',
    description:
      'Which backup to restore: latest-known-good (the newest usable backup with verdict clean) or a name.',
    default: 'latest-known-good',
    kind: 'string',
    commands: ['restore']
  },
  {
    name: 'reason',
    description: 'Why the restore is done: recorded on the Restore (required for restore).',
    kind: 'string',
    commands: ['restore']
  },
  {
    name: 'restore-namespaces',
    description: 'Restore only these namespaces, one per line (default: everything in the backup).',
    kind: 'list',
    commands: ['restore']
  },
  {
    name: 'namespace-mapping',
    description:
      'old=new, one per line: restore a namespace (Velero) or a PVC (csi) under another name.',
    kind: 'list',
    commands: ['restore']
  },
  {
    name: 'existing-resource-policy',
    description: 'none (Velero never overwrites existing objects) or update.',
    default: 'none',
    kind: 'string',
    commands: ['restore']
  },
  {
    name: 'dry-run',
    description:
      'Show the backup that would be chosen and the full object that would be created; change nothing.',
    default: 'false',
    kind: 'boolean',
    commands: ['restore']
  },
  {
    name: 'allow-unverified',
    description:
      'Allow restoring a named backup whose verdict is blocked, unknown or missing. Needs a reason.',
    default: 'false',
    kind: 'boolean',
    commands: ['restore']
  },
  {
    name: 'timeout',
    description:
      'How long to wait for a backup to become usable or a restore to finish, e.g. 30m, 90s.',
    default: '30m',
    kind: 'string',
    commands: ['label-backup', 'restore', 'rotate-certs']
  },
  {
    name: 'namespaces',
    description: 'rotate-certs: namespaces of the certificates, one per line.',
    kind: 'list',
    commands: ['rotate-certs']
  },
  {
    name: 'certificates',
    description:
      'rotate-certs: certificate names, one per line (default: every certificate the selector picks in the namespaces).',
    kind: 'list',
    commands: ['rotate-certs']
  },
  {
    name: 'certificate-selector',
    description: 'rotate-certs: label selector of the certificates.',
    kind: 'string',
    commands: ['rotate-certs']
  },
  {
    name: 'renew',
    description:
      'rotate-certs: re-issue the certificates (as cmctl renew does) and wait until each really has a new revision and a new certificate in its Secret. Off by default; in Actions it runs only after a merge (push to the default branch, a merged pull request) or on workflow_dispatch.',
    default: 'false',
    kind: 'boolean',
    commands: ['rotate-certs']
  },
  {
    name: 'restart-workloads',
    description:
      'rotate-certs: restart (like kubectl rollout restart) the Deployments, StatefulSets and DaemonSets that use a renewed Secret through subPath mounts or env, and wait for their rollout. Workloads annotated for Reloader are left to it; paused ones are reported.',
    default: 'true',
    kind: 'boolean',
    commands: ['rotate-certs']
  },
  {
    name: 'expiry-warning-days',
    description: 'rotate-certs: warn about certificates that expire within this many days.',
    default: '30',
    kind: 'string',
    commands: ['rotate-certs']
  },
  {
    name: 'concurrency',
    description: 'rotate-certs: certificates renewed at once.',
    default: '10',
    kind: 'string',
    commands: ['rotate-certs']
  },
  {
    name: 'workspace',
    description: 'Repository root that SARIF paths are made relative to.',
    default: '${{ github.workspace }}',
    cliDefault: 'the current directory',
    kind: 'string',
    commands: 'all'
  },
  {
    name: 'commit',
    description: 'Commit SHA the verdict is for.',
    default: '${{ github.event.pull_request.head.sha || github.sha }}',
    cliDefault: '$GITHUB_SHA, $CI_COMMIT_SHA or $GIT_COMMIT',
    kind: 'string',
    commands: 'all'
  },
  {
    name: 'run-url',
    description: 'Link to the CI run, recorded with the verdict.',
    default: '${{ github.server_url }}/${{ github.repository }}/actions/runs/${{ github.run_id }}',
    cliDefault: '$CI_JOB_URL (GitLab) or $BUILD_URL (Jenkins)',
    kind: 'string',
    commands: 'all'
  }
]

export const OUTPUTS: readonly { name: string; description: string }[] = [
  { name: 'verdict', description: '`clean`, `blocked` or `unknown`.' },
  { name: 'reasons', description: 'Why, one reason per line.' },
  {
    name: 'counts',
    description:
      'JSON: counted findings per severity, plus totals (findings, blocking, suppressed, excluded, allowed, existing, fixed, duplicates).'
  },
  { name: 'verdict-file', description: 'Path of the verdict record (JSON).' },
  { name: 'sarif-file', description: 'Path of the merged SARIF.' },
  { name: 'sarif-sha256', description: 'SHA-256 over the SHA-256 of every input SARIF file.' },
  { name: 'report-dir', description: 'Directory holding every report file.' },
  { name: 'check-run-id', description: 'Id of the check run (action).' },
  { name: 'check-run-url', description: 'Link to the check run (action).' },
  { name: 'comment-url', description: 'Link to the sticky pull request comment (action).' },
  {
    name: 'review-comments',
    description: 'Number of review comments posted by this run (action).'
  },
  { name: 'artifact-id', description: 'Id of the uploaded report artifact (action).' },
  { name: 'artifact-url', description: 'Link to the uploaded report artifact (action).' },
  { name: 'backup-name', description: 'The backup labelled (label-backup) or chosen (restore).' },
  { name: 'backup-created', description: '`true` when label-backup created the backup.' },
  { name: 'labels', description: 'JSON: the labels written on the backup.' },
  {
    name: 'restore-name',
    description: 'The Restore (or, for csi, the restore id of the new PVCs).'
  },
  { name: 'restore-phase', description: 'Terminal phase of the restore.' },
  { name: 'restore-warnings', description: 'Warnings the restore reported.' },
  { name: 'restore-errors', description: 'Errors the restore reported.' },
  {
    name: 'backups',
    description: 'JSON: every backup with its phase, usability and verdict (backups, restore).'
  },
  {
    name: 'github-degraded',
    description:
      '`true` when GitHub refused writes (403/404, e.g. a fork pull request) and only the job summary and annotations carry the verdict.'
  }
]

export function inputDef(name: string): InputDef {
  const def = INPUTS.find(input => input.name === name)
  if (def === undefined) throw new Error(`no input named ${name}`)
  return def
}
