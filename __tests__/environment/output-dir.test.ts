import { describe, expect, it } from '@jest/globals'
import { existsSync, lstatSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { EXIT, runCli } from '../../src/cli.js'
import { REPORT_FILES } from '../../src/report/files.js'
import { OUTPUT_DIRS, plantLinks, UNTOUCHED } from '../helpers/hostile-environment.js'
import { log, result, run, tempDir } from '../helpers/sarif.js'

// Output directories that cannot hold the reports, and links planted where the reports go.

function input(cwd: string): void {
  writeFileSync(join(cwd, 'a.sarif'), JSON.stringify(log(run([result({ level: 'note' })]))))
}

async function scan(cwd: string, outputDir: string) {
  let out = ''
  const code = await runCli(['scan', '--sarif', 'a.sarif', '--output-dir', outputDir], {
    stdout: text => (out += text),
    stderr: text => (out += text),
    env: {},
    cwd
  })
  return { code, out }
}

describe('an output directory that cannot be one', () => {
  it.each(OUTPUT_DIRS.map(c => [c.name, c] as const))(
    '%s: exit 2, naming output-dir and what is wrong, nothing written',
    async (_name, hostile) => {
      const root = tempDir('kg-outdir-')
      input(root)
      const outputDir = hostile.make(root)
      const before = readdirSync(root).sort()
      const { code, out } = await scan(root, outputDir)
      expect(code).toBe(EXIT.configuration)
      expect(out).toMatch(/output-dir/)
      expect(out).toMatch(hostile.problem)
      expect(out).toMatch(/set output-dir to a directory|name a directory this step can write/)
      expect(out).not.toMatch(/unexpected failure/)
      // Nothing new next to it, and no report file anywhere below the root.
      expect(readdirSync(root).sort()).toEqual(before)
      for (const file of Object.values(REPORT_FILES))
        expect(existsSync(join(outputDir, file))).toBe(false)
    }
  )
})

describe('links planted in the output directory', () => {
  it('are replaced by the report files, never written through', async () => {
    const root = tempDir('kg-links-')
    const outside = tempDir('kg-outside-')
    const outputDir = join(root, 'report')
    // The temporary names of old were `<file>.<pid>.tmp`: plant them for this process too.
    const planted = plantLinks(outputDir, outside, [process.pid])
    input(root)
    const { code } = await scan(root, outputDir)
    expect(code).toBe(EXIT.clean)
    for (const { target } of planted) expect(readFileSync(target, 'utf8')).toBe(UNTOUCHED)
    for (const file of Object.values(REPORT_FILES)) {
      const stats = lstatSync(join(outputDir, file))
      expect(stats.isFile()).toBe(true)
      expect(stats.isSymbolicLink()).toBe(false)
    }
    expect(JSON.parse(readFileSync(join(outputDir, REPORT_FILES.verdict), 'utf8'))).toMatchObject({
      verdict: 'clean'
    })
    // Nothing else appeared outside the output directory.
    expect(readdirSync(outside).sort()).toEqual(
      planted.map(p => p.target.slice(outside.length + 1)).sort()
    )
    // No temporary file is left behind.
    expect(
      readdirSync(outputDir).filter(
        name => name.endsWith('.tmp') && !name.includes(`.${process.pid}.`)
      )
    ).toEqual([])
  })
})
