// Velero's files (restore results, backup results, backup logs) read through a DownloadRequest:
// the parsing of what Velero v1.18.3 wrote in the test plane, and the request's lifecycle on the
// plain fake. The same flow against real Velero: __tests__/cluster/velero-restore.test.ts.
import { describe, expect, it } from '@jest/globals'
import { gzipSync } from 'node:zlib'
import type { ResourceRef } from '../../src/cluster/api.js'
import {
  VELERO_FILE_LIMITS,
  capMessages,
  fetchVeleroFile,
  logErrors,
  messageLines,
  parseResults
} from '../../src/backup/velero-files.js'
import { FakeCluster } from '../helpers/fake-cluster.js'
import { FakeVeleroFiles } from '../helpers/fake-velero-files.js'
import { RecordingLogger } from '../helpers/recording-logger.js'

const DOWNLOADS: ResourceRef = {
  group: 'velero.io',
  version: 'v1',
  plural: 'downloadrequests',
  namespace: 'velero'
}

// What Velero v1.18.3 wrote for a restore that an admission policy refused one ConfigMap of.
const RESTORE_RESULTS = {
  errors: {
    namespaces: {
      shop: [
        "error restoring configmaps/shop/orders: configmaps \"orders\" is forbidden: ValidatingAdmissionPolicy 'deny' with binding 'deny' denied request: refused"
      ]
    }
  },
  warnings: {
    namespaces: {
      shop: [
        'could not restore, ConfigMap:kube-root-ca.crt already exists. Warning: the in-cluster version is different than the backed-up version'
      ]
    }
  }
}
// And for a backup of a namespace that does not exist (results file and log).
const BACKUP_RESULTS = {
  errors: {
    velero: [
      ' resource: /namespaces message: /fail to get the namespace nope specified in backup.Spec.IncludedNamespaces'
    ]
  },
  warnings: {}
}
const BACKUP_LOG = [
  'time="2026-12-01T21:42:32Z" level=info msg="Setting up backup temp file" backup=velero/b logSource="pkg/controller/backup_controller.go:745"',
  'time="2026-12-01T21:42:32Z" level=error msg="fail to get the namespace nope specified in backup.Spec.IncludedNamespaces" backup=velero/b group=v1 logSource="pkg/backup/item_collector.go:890" resource=namespaces',
  'time="2026-12-01T21:42:33Z" level=error msg="Error uploading log file" error="rpc error: code = Unknown desc = \\"quoted\\" part" namespace=shop name=orders',
  'time="2026-12-01T21:42:33Z" level=warning msg="not an error"'
].join('\n')

describe("Velero's results files", () => {
  it('reads errors then warnings, each with where Velero put it', () => {
    expect(parseResults(JSON.stringify(RESTORE_RESULTS))).toEqual([
      {
        level: 'error',
        scope: 'namespace shop',
        message: expect.stringMatching(
          /^error restoring configmaps\/shop\/orders: .*denied request/
        )
      },
      {
        level: 'warning',
        scope: 'namespace shop',
        message: expect.stringContaining('already exists')
      }
    ])
    expect(parseResults(JSON.stringify(BACKUP_RESULTS))).toEqual([
      { level: 'error', scope: 'velero', message: expect.stringContaining('namespace nope') }
    ])
  })

  it('keeps the text on one line, cut to a bound, and ignores what is not a message', () => {
    const [m] = parseResults(
      JSON.stringify({
        errors: {
          cluster: [`line one\nline two\u001b[31m ${'x'.repeat(5000)}`, 42, null],
          namespaces: { ok: 'not a list' }
        }
      })
    )
    expect(m!.message).not.toContain('\n')
    expect(m!.message).not.toContain('\u001b')
    expect(m!.message.length).toBeLessThanOrEqual(VELERO_FILE_LIMITS.maxMessageLength)
    expect(parseResults('{"errors":{"namespaces":{"__proto__":["odd key"]}}}')).toEqual([
      { level: 'error', scope: 'namespace __proto__', message: 'odd key' }
    ])
  })

  it('says when the file is not a results file', () => {
    expect(() => parseResults('<html>')).toThrow(/results file is not JSON/)
    expect(() => parseResults('[1]')).toThrow(/not a JSON object/)
  })

  it("takes the error entries of Velero's log, with the object they concern", () => {
    expect(logErrors(BACKUP_LOG)).toEqual([
      {
        level: 'error',
        scope: 'log',
        message:
          'fail to get the namespace nope specified in backup.Spec.IncludedNamespaces [namespaces]'
      },
      {
        level: 'error',
        scope: 'log',
        message:
          'Error uploading log file: rpc error: code = Unknown desc = "quoted" part [shop/orders]'
      }
    ])
  })

  it('caps the list, errors first, and says how many were left out', () => {
    const many = Array.from({ length: 150 }, (_, i) => ({
      level: i % 2 ? ('error' as const) : ('warning' as const),
      scope: 'velero',
      message: `m${i}`
    }))
    const capped = capMessages(many)
    expect(capped.messages).toHaveLength(VELERO_FILE_LIMITS.maxMessages)
    expect(capped.messages.slice(0, 75).every(m => m.level === 'error')).toBe(true)
    expect(capped.omitted).toBe(50)
    expect(messageLines(capped).at(-1)).toBe('… and 50 more')
  })
})

describe('fetching a file the way velero restore describe does', () => {
  it('creates a DownloadRequest for the target, reads the signed URL, masks it, deletes the request', async () => {
    const cluster = new FakeCluster()
    const files = new FakeVeleroFiles(cluster).put('RestoreResults', 'r1', RESTORE_RESULTS)
    const logger = new RecordingLogger()
    const body = await fetchVeleroFile(
      { api: cluster, reader: files, namespace: 'velero', caCert: 'PEM' },
      'RestoreResults',
      'r1',
      { logger }
    )
    expect(JSON.parse(body!.toString('utf8'))).toEqual(RESTORE_RESULTS)
    const created = cluster.calls.find(c => c.startsWith('create downloadrequests/'))!
    const requestName = created.slice('create downloadrequests/'.length)
    expect(requestName).toMatch(/^r1-[0-9a-f]{12}$/)
    expect(cluster.calls).toContain(`delete downloadrequests/${requestName}`)
    expect(cluster.read(DOWNLOADS, requestName)).toBeUndefined()
    // The URL and its signature are masked; neither is logged.
    const [read] = files.reads
    expect(logger.masked).toContain(read!.url)
    expect(logger.masked).toContain('5e'.repeat(32))
    expect(logger.text()).not.toContain('5e5e5e')
    expect(read!.limits).toEqual({
      timeoutMs: VELERO_FILE_LIMITS.downloadTimeoutMs,
      maxBytes: VELERO_FILE_LIMITS.maxBytes,
      caCert: 'PEM'
    })
  })

  it('a file object storage does not have is undefined, not an error', async () => {
    const cluster = new FakeCluster()
    const files = new FakeVeleroFiles(cluster)
    await expect(
      fetchVeleroFile({ api: cluster, reader: files, namespace: 'velero' }, 'BackupLog', 'b', {
        logger: new RecordingLogger()
      })
    ).resolves.toBeUndefined()
  })

  it('a body that is not gzip, or unpacks beyond the bound, is an error that says so', async () => {
    const cluster = new FakeCluster()
    new FakeVeleroFiles(cluster)
    const reader = (body: Buffer) => ({ read: async () => ({ found: true as const, body }) })
    const source = (body: Buffer) => ({ api: cluster, reader: reader(body), namespace: 'velero' })
    const wait = { logger: new RecordingLogger() }
    await expect(
      fetchVeleroFile(source(Buffer.from('plain')), 'BackupLog', 'b', wait)
    ).rejects.toThrow('the BackupLog file is not gzip')
    const bomb = gzipSync(Buffer.alloc(VELERO_FILE_LIMITS.maxUnpackedBytes + 1))
    await expect(fetchVeleroFile(source(bomb), 'BackupLog', 'b', wait)).rejects.toThrow(
      /unpacks to more than 67108864 bytes/
    )
  })

  it('gives up, bounded, when Velero never signs a URL (and still deletes the request)', async () => {
    const cluster = new FakeCluster() // nothing processes DownloadRequests
    let clock = 0
    const attempt = fetchVeleroFile(
      { api: cluster, reader: new FakeVeleroFiles(new FakeCluster()), namespace: 'velero' },
      'RestoreResults',
      'r2',
      {
        logger: new RecordingLogger(),
        now: () => clock,
        sleep: async ms => {
          clock += ms
        }
      }
    )
    await expect(attempt).rejects.toThrow(
      /timed out after 30 s waiting for Velero to sign a download URL for the RestoreResults of r2/
    )
    expect(cluster.calls.filter(c => c.startsWith('delete downloadrequests/'))).toHaveLength(1)
  })
})
