import { describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseConfig } from '../../src/config/index.js'
import type { Annotation } from '../../src/report/annotations.js'
import { JOB_SUMMARY_MAX_BYTES } from '../../src/report/markdown.js'
import { run } from '../../src/run.js'
import { brokenInputs, CONTROL_BYTES, controlBytePaths } from '../helpers/hostile-environment.js'
import { RecordingLogger } from '../helpers/recording-logger.js'
import { tempDir } from '../helpers/sarif.js'

async function scanFor(workspace: string, sarif: string) {
  const { config } = parseConfig({ command: 'scan', sarif }, {}, 'cli', workspace)
  const logger = new RecordingLogger()
  const annotations: Annotation[] = []
  let summary = ''
  const result = await run(config, {
    logger,
    now: () => new Date(0),
    env: {},
    annotate: annotation => annotations.push(annotation),
    writeJobSummary: async markdown => {
      summary += markdown
    }
  })
  return { result, logger, annotations, summary }
}

describe('the job summary of 10,000 broken inputs', () => {
  it('stays within 1 MiB, says how many reasons and inputs it leaves out', async () => {
    const workspace = tempDir('kg-broken-')
    brokenInputs(join(workspace, 'sarif'), 10_000)
    const { result, summary } = await scanFor(workspace, 'sarif')
    expect(result.status).toBe('unknown')
    expect(result.outputs.reasons?.split('\n')).toHaveLength(10_000)
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(JOB_SUMMARY_MAX_BYTES)
    expect(summary).toMatch(/_9800 more reasons are listed in verdict\.json\._/)
    expect(summary).toMatch(/_9800 more inputs are listed in verdict\.json\._/)
    // 13 s alone; five times that beside the cluster projects on two cores.
  }, 300_000)
})

describe('terminal control bytes in SARIF paths and names', () => {
  it('reach no annotation property and no log line', async () => {
    const workspace = tempDir('kg-controls-')
    writeFileSync(join(workspace, 'a.sarif'), JSON.stringify(controlBytePaths()))
    const { annotations, logger, result } = await scanFor(workspace, 'a.sarif')
    expect(result.status).toBe('blocked')
    expect(annotations.length).toBeGreaterThan(0)
    const texts = [
      ...annotations.flatMap(a => [a.file ?? '', a.title, a.message]),
      ...logger.lines.map(l => l.message)
    ]
    for (const text of texts) for (const byte of CONTROL_BYTES) expect(text).not.toContain(byte)
    // Something was there: it shows as U+FFFD, not as nothing.
    expect(annotations.map(a => a.file)).toContain('src/\ufffd[31mred\ufffd[0m.js')
  })
})
