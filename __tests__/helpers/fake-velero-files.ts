import { gzipSync } from 'node:zlib'
import type { DownloadLimits, Downloaded, SignedUrlReader } from '../../src/cluster/api.js'
import type { FakeCluster } from './fake-cluster.js'

/**
 * Velero's side of DownloadRequests on the plain fake: every DownloadRequest is Processed at
 * once with a signed URL of a store that holds `files` (by `<kind>/<name>`), gzip as Velero
 * writes them. Reads are recorded; the real flow runs against real Velero in the cluster tests.
 */
export class FakeVeleroFiles implements SignedUrlReader {
  readonly reads: { url: string; limits: DownloadLimits }[] = []
  private readonly files = new Map<string, Buffer>()

  constructor(
    cluster: FakeCluster,
    private readonly origin = 'https://store.example'
  ) {
    cluster.onCreate('downloadrequests', object => {
      const target = object.spec?.target as { kind: string; name: string }
      object.status = {
        phase: 'Processed',
        downloadURL: `${this.origin}/bucket/${target.kind}/${target.name}?X-Amz-Signature=${'5e'.repeat(32)}`
      }
    })
  }

  /** A results file (RestoreResults, BackupResults) or a log (BackupLog). */
  put(kind: string, name: string, content: string | object): this {
    const text = typeof content === 'string' ? content : JSON.stringify(content)
    this.files.set(`${kind}/${name}`, gzipSync(text))
    return this
  }

  async read(url: string, limits: DownloadLimits): Promise<Downloaded> {
    this.reads.push({ url, limits })
    const path = new URL(url).pathname.replace(/^\/bucket\//, '')
    const body = this.files.get(decodeURIComponent(path))
    return body ? { found: true, body } : { found: false }
  }
}
