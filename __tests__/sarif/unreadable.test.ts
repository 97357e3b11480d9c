import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { EXIT, runCli } from '../../src/cli.js'
import { collectFindings } from '../../src/sarif/collect.js'
import { combinedDigest } from '../../src/verdict/record.js'
import { log, result, run, tempDir } from '../helpers/sarif.js'

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex')
const EMPTY_SHA256 = sha256('')

const LFS_POINTER = `version https://git-lfs.github.com/spec/v1
oid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393
size 123456
`

async function scan(files: Record<string, string | Buffer>) {
  const cwd = tempDir()
  for (const [name, content] of Object.entries(files)) writeFileSync(join(cwd, name), content)
  let stdout = ''
  const code = await runCli(['scan', '--sarif', '*.sarif*', '--output-dir', 'out'], {
    stdout: t => (stdout += t),
    stderr: t => (stdout += t),
    env: {},
    cwd
  })
  const verdict = JSON.parse(readFileSync(join(cwd, 'out', 'verdict.json'), 'utf8')) as {
    verdict: string
    reasons: string[]
    sarifSha256: string
    inputs: { file: string; status: string; sha256?: string; bytes?: number }[]
  }
  return { code, stdout, verdict }
}

describe('files that are not readable SARIF', () => {
  it('are judged unknown, with the SHA-256 of the bytes that were judged', async () => {
    const truncated = JSON.stringify(log(run([result()]))).slice(0, 60)
    const gz = gzipSync('{"version": "2.1.0", "runs": [').subarray(0, 25)
    const { code, verdict } = await scan({
      'a.sarif': truncated,
      'b.sarif.gz': gz,
      'c.sarif': 'Scan finished: 3 issues\n'
    })
    expect(code).toBe(EXIT.unknown)
    expect(verdict.verdict).toBe('unknown')
    expect(verdict.inputs).toEqual([
      expect.objectContaining({ file: 'a.sarif', status: 'failed', sha256: sha256(truncated) }),
      expect.objectContaining({ file: 'b.sarif.gz', status: 'failed', sha256: sha256(gz) }),
      expect.objectContaining({
        file: 'c.sarif',
        status: 'failed',
        sha256: sha256('Scan finished: 3 issues\n'),
        bytes: 24
      })
    ])
    expect(verdict.sarifSha256).toBe(
      combinedDigest([sha256(truncated), sha256(gz), sha256('Scan finished: 3 issues\n')])
    )
    expect(verdict.sarifSha256).not.toBe(combinedDigest([]))
  })

  it('names a Git LFS pointer as such and says how to fetch the file', async () => {
    const { code, verdict, stdout } = await scan({ 'codeql.sarif': LFS_POINTER })
    expect(code).toBe(EXIT.unknown)
    const reason =
      'codeql.sarif: is a Git LFS pointer, not the SARIF log itself: the file was committed to Git LFS and the checkout did not fetch it. Fetch LFS files before the scan (actions/checkout with lfs: true, or git lfs pull)'
    expect(verdict.reasons.join('\n')).toContain(reason)
    expect(stdout).toContain(reason)
    expect(verdict.inputs[0]!.sha256).toBe(sha256(LFS_POINTER))
  })

  it('records the digest of a failed file that could be read, and none for a missing one', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'bad.sarif'), '[]')
    const collection = await collectFindings(
      [
        { path: join(dir, 'bad.sarif'), display: 'bad.sarif' },
        { path: join(dir, 'gone.sarif'), display: 'gone.sarif' }
      ],
      dir
    )
    expect(collection.files.map(f => [f.file, f.status, f.sha256, f.bytes])).toEqual([
      ['bad.sarif', 'failed', sha256('[]'), 2],
      ['gone.sarif', 'failed', undefined, undefined]
    ])
    expect(sha256('[]')).not.toBe(EMPTY_SHA256)
  })
})
