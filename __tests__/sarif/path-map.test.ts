import { describe, expect, it } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import type { Finding } from '../../src/model.js'
import type { PathMapEntry } from '../../src/sarif/path-map.js'
import type { FileSummary } from '../../src/sarif/read-file.js'
import { readSarifFile } from '../../src/sarif/read-file.js'
import { log, result, run, tempDir, writeTemp } from '../helpers/sarif.js'

/** A workspace holding empty files at these repository paths. */
function workspaceWith(...paths: string[]): string {
  const dir = tempDir('kg-ws-')
  for (const path of paths) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), '')
  }
  return dir
}

async function read(
  file: string,
  workspace: string,
  pathMap: PathMapEntry[] = []
): Promise<{ findings: Finding[]; summary: FileSummary }> {
  let findings: Finding[] = []
  const summary = await readSarifFile(
    file,
    'input.sarif',
    workspace,
    {
      finding: f => findings.push(f),
      retractRun: r => (findings = findings.filter(f => f.source.run !== r))
    },
    { pathMap }
  )
  return { findings, summary }
}

function at(uri: string, extra: Record<string, unknown> = {}) {
  return result({
    locations: [
      {
        physicalLocation: { artifactLocation: { uri, ...extra }, region: { startLine: 2 } }
      }
    ]
  })
}

const places = (findings: Finding[]) =>
  findings.map(f => [f.location?.path, f.location?.outsideWorkspace]).sort()

describe('paths from another machine', () => {
  it('maps our ESLint log, written in a checkout at /work/main, into another checkout', async () => {
    // The files the log names, as they are in any checkout of this repository.
    const names = ['server.js', 'lib/util.js'].map(p => `__tests__/fixtures/sample-app/js/${p}`)
    const workspace = workspaceWith(...names)
    const { findings, summary } = await read(
      resolve('__tests__/fixtures/sarif/real/eslint-10.15.0.sarif'),
      workspace
    )
    expect(findings).toHaveLength(11)
    expect(findings.every(f => f.location?.outsideWorkspace === false)).toBe(true)
    expect(new Set(findings.map(f => f.location?.path))).toEqual(new Set(names))
    expect(summary.runs[0]!.paths).toEqual({
      mappings: [{ how: 'suffix', from: '/work/main', to: '', paths: 2 }],
      outside: { findings: 0, examples: [] }
    })
  })

  it('maps a container path by path-map, even to a file the checkout does not have', async () => {
    const file = writeTemp(log(run([at('/src/app/main.py'), at('file:///src/lib/x.py')])))
    const { findings, summary } = await read(file, workspaceWith(), [{ from: '/src', to: '' }])
    expect(places(findings)).toEqual([
      ['app/main.py', false],
      ['lib/x.py', false]
    ])
    expect(summary.runs[0]!.paths.mappings).toEqual([
      { how: 'path-map', from: '/src', to: '', paths: 2 }
    ])
  })

  it('takes the longest path-map prefix, into a subdirectory of the workspace', async () => {
    const file = writeTemp(log(run([at('/build/app/src/x.go'), at('/build/other.go')])))
    const { findings } = await read(file, workspaceWith(), [
      { from: '/build', to: 'root' },
      { from: '/build/app', to: 'services/app' }
    ])
    expect(places(findings)).toEqual([
      ['root/other.go', false],
      ['services/app/src/x.go', false]
    ])
  })

  it("maps a path given below the run's own %SRCROOT% on another machine", async () => {
    const file = writeTemp(
      log(
        run(
          [at('pkg/a.go', { uriBaseId: '%SRCROOT%' }), at('../up.go', { uriBaseId: '%SRCROOT%' })],
          {
            originalUriBaseIds: { '%SRCROOT%': { uri: 'file:///home/builder/checkout/' } }
          }
        )
      )
    )
    const { findings, summary } = await read(file, workspaceWith())
    expect(places(findings)).toEqual([
      ['/home/builder/up.go', true],
      ['pkg/a.go', false]
    ])
    expect(summary.runs[0]!.paths.mappings).toEqual([
      { how: 'source-root', from: '/home/builder/checkout', to: '', paths: 1 }
    ])
    expect(summary.runs[0]!.paths.outside).toEqual({
      findings: 1,
      examples: ['/home/builder/up.go']
    })
  })

  it('gives up the suffix mapping of a run whose paths fit two roots, and reads it again', async () => {
    const workspace = workspaceWith('src/a.js', 'b.js')
    const file = writeTemp(
      log(run([at('/ci/one/src/a.js'), at('/ci/two/x/b.js'), at('/ci/one/src/a.js')]))
    )
    const { findings, summary } = await read(file, workspace)
    expect(summary.passes).toBe(2)
    expect(findings).toHaveLength(3)
    expect(findings.every(f => f.location?.outsideWorkspace)).toBe(true)
    expect(summary.runs[0]!.results).toBe(3)
    expect(summary.runs[0]!.paths).toEqual({
      mappings: [],
      outside: { findings: 3, examples: ['/ci/one/src/a.js', '/ci/two/x/b.js'] },
      ambiguousRoots: ['/ci/one', '/ci/two/x']
    })
  })

  it('leaves a path outside when no suffix names a file here, and reports it', async () => {
    const file = writeTemp(log(run([at('/usr/lib/node_modules/x/index.js')])))
    const { findings, summary } = await read(file, workspaceWith('src/app.js'))
    expect(places(findings)).toEqual([['/usr/lib/node_modules/x/index.js', true]])
    expect(summary.runs[0]!.paths.outside.findings).toBe(1)
  })

  it('never maps a path that is already in the workspace', async () => {
    const workspace = workspaceWith('src/app.js')
    const file = writeTemp(log(run([at(`file://${workspace}/src/app.js`), at('src/app.js')])))
    const { findings, summary } = await read(file, workspace, [{ from: workspace, to: 'other' }])
    expect(places(findings)).toEqual([
      ['src/app.js', false],
      ['src/app.js', false]
    ])
    expect(summary.runs[0]!.paths.mappings).toEqual([])
  })
})
