import { randomBytes } from 'node:crypto'
import type { KubeObject } from '../cluster/api.js'
import type { Logger } from '../logger.js'
import { escapeMarkdown } from '../text/escape.js'
import { oneLine } from '../text/one-line.js'
import { num } from '../util/json.js'
import type { RestoreResult } from './model.js'
import { allMessages, firstErrors } from './provider-messages.js'

/**
 * Restore drills: restore a known-good backup into a scratch namespace of its own, check what
 * came back, delete the namespace. What the drill command shares with health (the annotations
 * it writes are in label-contract.ts) and what its decisions are, as pure functions.
 */

/** An object that must exist in the scratch namespace after the restore (`--expect`). */
export interface ExpectedObject {
  apiVersion: string
  kind: string
  name: string
  /** As the user wrote it. */
  text: string
}

/** The short forms `--expect` takes, as kubectl spells them. */
const KINDS: Record<string, { apiVersion: string; kind: string }> = Object.assign(
  Object.create(null) as Record<string, { apiVersion: string; kind: string }>,
  {
    configmap: { apiVersion: 'v1', kind: 'ConfigMap' },
    cm: { apiVersion: 'v1', kind: 'ConfigMap' },
    secret: { apiVersion: 'v1', kind: 'Secret' },
    service: { apiVersion: 'v1', kind: 'Service' },
    svc: { apiVersion: 'v1', kind: 'Service' },
    serviceaccount: { apiVersion: 'v1', kind: 'ServiceAccount' },
    sa: { apiVersion: 'v1', kind: 'ServiceAccount' },
    persistentvolumeclaim: { apiVersion: 'v1', kind: 'PersistentVolumeClaim' },
    pvc: { apiVersion: 'v1', kind: 'PersistentVolumeClaim' },
    pod: { apiVersion: 'v1', kind: 'Pod' },
    deployment: { apiVersion: 'apps/v1', kind: 'Deployment' },
    deploy: { apiVersion: 'apps/v1', kind: 'Deployment' },
    statefulset: { apiVersion: 'apps/v1', kind: 'StatefulSet' },
    sts: { apiVersion: 'apps/v1', kind: 'StatefulSet' },
    daemonset: { apiVersion: 'apps/v1', kind: 'DaemonSet' },
    ds: { apiVersion: 'apps/v1', kind: 'DaemonSet' },
    job: { apiVersion: 'batch/v1', kind: 'Job' },
    cronjob: { apiVersion: 'batch/v1', kind: 'CronJob' },
    ingress: { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress' },
    role: { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role' },
    rolebinding: { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding' }
  }
)

const NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/

/**
 * `kind/name` (a short form above, singular or plural), or `apiVersion/Kind/name` for any other
 * kind (`v1/ConfigMap/orders`, `cert-manager.io/v1/Certificate/web`). A string is what is wrong.
 */
export function parseExpected(text: string): ExpectedObject | string {
  const parts = text.trim().split('/')
  const name = parts[parts.length - 1] ?? ''
  if (!NAME.test(name) || name.length > 253) return 'expected kind/name with a Kubernetes name'
  if (parts.length === 2) {
    const key = parts[0]!.toLowerCase()
    const known = KINDS[key] ?? KINDS[key.replace(/s$/, '')]
    if (!known)
      return `unknown kind ${JSON.stringify(parts[0])}: use one of ${Object.keys(KINDS).join(', ')}, or apiVersion/Kind/name`
    return { ...known, name, text }
  }
  if (parts.length === 3 || parts.length === 4) {
    const kind = parts[parts.length - 2]!
    if (!/^[A-Z][A-Za-z0-9]*$/.test(kind))
      return 'expected apiVersion/Kind/name with the Kind as the API spells it (e.g. v1/ConfigMap/orders)'
    return { apiVersion: parts.slice(0, -2).join('/'), kind, name, text }
  }
  return 'expected kind/name or apiVersion/Kind/name'
}

/** `<source>-drill-<random>`, at most 63 characters (a namespace is a DNS label). */
export function scratchNamespace(source: string): string {
  const suffix = randomBytes(3).toString('hex')
  return `${source.slice(0, 63 - '-drill-'.length - suffix.length).replace(/-+$/, '')}-drill-${suffix}`
}

/** The namespace of the backup a drill restores: the one asked for, or the backup's only one. */
export function sourceNamespace(
  backup: KubeObject,
  asked: string | undefined
): { namespace: string } | { problem: string } {
  const included = Array.isArray(backup.spec?.includedNamespaces)
    ? (backup.spec.includedNamespaces as unknown[]).filter(
        (n): n is string => typeof n === 'string'
      )
    : []
  const all = included.length === 0 || included.includes('*')
  if (asked) {
    if (!all && !included.includes(asked))
      return {
        problem: `backup ${backup.metadata.name} holds namespaces ${included.join(', ')}, not ${asked}`
      }
    return { namespace: asked }
  }
  if (!all && included.length === 1) return { namespace: included[0]! }
  return {
    problem: `backup ${backup.metadata.name} holds ${all ? 'every namespace' : `namespaces ${included.join(', ')}`}: name the one to drill with restore-namespaces`
  }
}

/** One thing the drill verified. */
export interface DrillCheck {
  name: string
  passed: boolean
  detail: string
}

/** Velero's count of what it restored (Restore status.progress) against what it found to restore. */
export function countCheck(restore: KubeObject, backup: KubeObject): DrillCheck {
  const progress = (restore.status?.progress ?? {}) as Record<string, unknown>
  const restored = num(progress.itemsRestored)
  const total = num(progress.totalItems)
  const backedUp = num(((backup.status?.progress ?? {}) as Record<string, unknown>).itemsBackedUp)
  if (restored === undefined || total === undefined)
    return {
      name: 'items',
      passed: false,
      detail: 'the Restore reports no progress (status.progress)'
    }
  const passed =
    restored === total && restored > 0 && (backedUp === undefined || restored <= backedUp)
  return {
    name: 'items',
    passed,
    detail: `${restored} of ${total} items restored; the backup holds ${backedUp ?? 'an unknown number of'} items`
  }
}

/** Whether the restore itself succeeded, without an error. */
export function restoreCheck(result: RestoreResult): DrillCheck {
  const passed = result.succeeded && result.errors === 0
  const why = firstErrors(allMessages(result.messages, result.details))
  return {
    name: 'restore',
    passed,
    detail: `Restore ${result.name} ended ${result.phase} with ${result.warnings} warnings and ${result.errors} errors${why ? `: ${oneLine(why)}` : ''}`
  }
}

/** A drill as its log, outputs, job summary and failure give it. */
export interface DrillOutcome {
  backup: string
  /** The namespace restored, the scratch one, and whether the scratch one was kept. */
  source: string
  scratch: string
  kept: boolean
  restoreName: string
  checks: DrillCheck[]
  result?: RestoreResult
}

export function drillPassed(checks: readonly DrillCheck[]): boolean {
  return checks.length > 0 && checks.every(c => c.passed)
}

export function logDrill(outcome: DrillOutcome, logger: Logger): void {
  for (const c of outcome.checks)
    logger.info(`drill ${c.name}: ${c.passed ? 'passed' : 'FAILED'}: ${oneLine(c.detail)}`)
  logger.info(
    `drill of backup ${oneLine(outcome.backup)}: ${drillPassed(outcome.checks) ? 'passed' : 'failed'}; scratch namespace ${outcome.scratch} ${outcome.kept ? 'kept' : 'deleted'}`
  )
}

export function drillOutputs(outcome: DrillOutcome) {
  const { result } = outcome
  return {
    'backup-name': outcome.backup,
    'restore-name': outcome.restoreName,
    'drill-namespace': outcome.scratch,
    'drill-result': drillPassed(outcome.checks) ? 'passed' : 'failed',
    'drill-checks': JSON.stringify(outcome.checks),
    ...(result
      ? {
          'restore-phase': result.phase,
          'restore-warnings': String(result.warnings),
          'restore-errors': String(result.errors)
        }
      : {})
  }
}

/** The drill command's job summary: the backup, the scratch namespace, each check. */
export function drillSummary(outcome: DrillOutcome): string {
  return [
    `## known-good restore drill: ${drillPassed(outcome.checks) ? 'passed' : 'failed'}`,
    '',
    `Backup ${escapeMarkdown(outcome.backup)}, namespace ${escapeMarkdown(outcome.source)} → scratch namespace ${escapeMarkdown(outcome.scratch)} (${outcome.kept ? 'kept' : 'deleted'}).`,
    '',
    '| Check | Result | Detail |',
    '| --- | --- | --- |',
    ...outcome.checks.map(
      c =>
        `| ${escapeMarkdown(c.name)} | ${c.passed ? 'passed' : 'FAILED'} | ${escapeMarkdown(c.detail, 500)} |`
    ),
    ''
  ].join('\n')
}

/** Why a drill that did not pass fails the step: each failed check. */
export function drillFailure(outcome: DrillOutcome): string {
  const failed = outcome.checks.filter(c => !c.passed).map(c => `${c.name}: ${c.detail}`)
  return `drill of backup ${outcome.backup} failed: ${failed.join('; ')}`
}
