// Writes a CodeQL-shaped SARIF log with N results: driver rules with security-severity and CWE
// tags, artifacts, %SRCROOT%-relative locations, partial fingerprints and code flows, about
// 800 bytes a result (CodeQL's own density). Streamed, so any size can be made.
//
// Variants: `codeql` writes keys as CodeQL does ($schema, version, runs; a run's tool before
// its results); `sorted` writes every object's keys sorted, as gosec and others do: `runs`
// before `version`, and a run's `results` before its `tool`, which a streaming reader cannot
// interpret until the end of the run.
import { createWriteStream } from 'node:fs'
import { once } from 'node:events'

const RULES = 250

function rule(i) {
  return {
    id: `js/rule-${i}`,
    name: `js/rule-${i}`,
    shortDescription: { text: `Rule ${i}: data flows from a remote source to a sink` },
    fullDescription: {
      text: 'Using externally controlled data in a sensitive sink may allow an attacker to change its behaviour.'
    },
    defaultConfiguration: { enabled: true, level: ['error', 'warning', 'note'][i % 3] },
    properties: {
      tags: ['security', `external/cwe/cwe-${(i % 900) + 20}`],
      kind: 'path-problem',
      precision: 'high',
      'security-severity': ((i % 100) / 10).toFixed(1)
    }
  }
}

function result(i) {
  const file = `src/module${i % 97}/file${i % 1009}.js`
  const line = (i % 800) + 1
  const physical = (uri, startLine) => ({
    artifactLocation: { uri, uriBaseId: '%SRCROOT%', index: i % 50 },
    region: { startLine, startColumn: 5, endColumn: 42 }
  })
  return {
    ruleId: `js/rule-${i % RULES}`,
    ruleIndex: i % RULES,
    message: { text: `This path depends on a [user-provided value](1) (result ${i}).` },
    locations: [{ physicalLocation: physical(file, line) }],
    partialFingerprints: {
      primaryLocationLineHash: `${(Math.imul(i, 2654435761) >>> 0).toString(16)}:1`,
      primaryLocationStartColumnFingerprint: '4'
    },
    codeFlows: [
      {
        threadFlows: [
          {
            locations: [
              { location: { physicalLocation: physical('src/server.js', 10) } },
              { location: { physicalLocation: physical(file, line) } }
            ]
          }
        ]
      }
    ]
  }
}

/** The same value with every object's keys sorted (arrays keep their order). */
function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map(k => [k, sortKeys(value[k])])
  )
}

export async function generate(path, count, { sorted = false } = {}) {
  const out = createWriteStream(path, { highWaterMark: 1 << 20 })
  const write = async text => {
    if (!out.write(text)) await once(out, 'drain')
  }
  const shape = v => (sorted ? sortKeys(v) : v)
  const tool = shape({
    driver: {
      name: 'CodeQL',
      organization: 'GitHub',
      semanticVersion: '2.20.1',
      rules: Array.from({ length: RULES }, (_, i) => rule(i))
    }
  })
  const artifacts = shape(
    Array.from({ length: 50 }, (_, i) => ({
      location: { uri: `src/module${i}/file${i}.js`, uriBaseId: '%SRCROOT%', index: i }
    }))
  )
  const results = async () => {
    await write('"results" : [')
    for (let i = 0; i < count; i++)
      await write(`${i > 0 ? ',' : ''}\n      ${JSON.stringify(shape(result(i)))}`)
    await write(' ]')
  }
  if (sorted) {
    // runs before $schema and version; in the run: artifacts, columnKind, properties, results, tool
    await write(`{\n  "runs" : [ {\n    "artifacts" : ${JSON.stringify(artifacts)},\n`)
    await write(
      '    "columnKind" : "utf16CodeUnits",\n    "properties" : { "semmle.formatSpecifier" : "sarif-latest" },\n    '
    )
    await results()
    await write(`,\n    "tool" : ${JSON.stringify(tool, null, 2)}\n  } ],\n`)
    await write(
      '  "$schema" : "https://json.schemastore.org/sarif-2.1.0.json",\n  "version" : "2.1.0"\n}\n'
    )
  } else {
    await write(
      `{\n  "$schema" : "https://json.schemastore.org/sarif-2.1.0.json",\n  "version" : "2.1.0",\n  "runs" : [ {\n    "tool" : ${JSON.stringify(tool, null, 2)},\n    "artifacts" : ${JSON.stringify(artifacts, null, 2)},\n    `
    )
    await results()
    await write(
      ',\n    "columnKind" : "utf16CodeUnits",\n    "properties" : {\n      "semmle.formatSpecifier" : "sarif-latest"\n    }\n  } ]\n}\n'
    )
  }
  out.end()
  await once(out, 'finish')
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  await generate(process.argv[2], Number(process.argv[3]), { sorted: process.argv[4] === 'sorted' })
}
