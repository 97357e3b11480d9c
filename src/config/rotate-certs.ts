import type { RotationOptions } from '../certs/rotation.js'
import type { ClusterConnection } from '../cluster/api.js'
import { renewalSkipReason } from '../github/event.js'
import type { Env } from './common.js'
import { parseConnection } from './cluster.js'
import type { InputReader } from './reader.js'

/** Which certificates and what to do with them (skipReason: the event is not after a merge). */
export interface RotateCertsConfig extends RotationOptions {
  command: 'rotate-certs'
  connection: ClusterConnection
}

export function parseRotateCerts(
  reader: InputReader,
  env: Env,
  readEvent: () => unknown
): RotateCertsConfig {
  const namespaces = reader.list('namespaces')
  if (namespaces.length === 0)
    reader.required('namespaces', ' for rotate-certs: the namespaces of the certificates')
  const config: RotateCertsConfig = {
    command: 'rotate-certs',
    connection: parseConnection(reader),
    timeoutMs: reader.duration('timeout'),
    namespaces,
    names: reader.list('certificates'),
    renew: reader.boolean('renew'),
    restartWorkloads: reader.boolean('restart-workloads'),
    warnDays: reader.integer('expiry-warning-days'),
    concurrency: reader.integer('concurrency')
  }
  const selector = reader.string('certificate-selector')
  if (selector) config.selector = selector
  const skip = config.renew ? renewalSkipReason(reader.platform, env, readEvent()) : undefined
  if (skip) {
    config.renew = false
    config.skipReason = skip
  }
  return config
}
