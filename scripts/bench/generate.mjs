// Writes a CodeQL-shaped SARIF log with N results: driver rules with security-severity and CWE
// tags, artifacts, %SRCROOT%-relative locations, partial fingerprints, code flows and related
// locations, pretty-printed as CodeQL writes it. Streamed, so any size can be made.
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
    rule: { id: `js/rule-${i % RULES}`, index: i % RULES },
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
              {
                location: {
                  physicalLocation: physical('src/server.js', 10),
                  message: { text: 'req.query' }
                }
              },
              { location: { physicalLocation: physical(file, line), message: { text: 'path' } } }
            ]
          }
        ]
      }
    ],
    relatedLocations: [
      {
        id: 1,
        physicalLocation: physical('src/server.js', 10),
        message: { text: 'user-provided value' }
      }
    ]
  }
}

export async function generate(path, count) {
  const out = createWriteStream(path, { highWaterMark: 1 << 20 })
  const write = async text => {
    if (!out.write(text)) await once(out, 'drain')
  }
  const tool = {
    driver: {
      name: 'CodeQL',
      organization: 'GitHub',
      semanticVersion: '2.20.1',
      rules: Array.from({ length: RULES }, (_, i) => rule(i))
    }
  }
  const artifacts = Array.from({ length: 50 }, (_, i) => ({
    location: { uri: `src/module${i}/file${i}.js`, uriBaseId: '%SRCROOT%', index: i }
  }))
  await write(
    `{\n  "$schema" : "https://json.schemastore.org/sarif-2.1.0.json",\n  "version" : "2.1.0",\n  "runs" : [ {\n    "tool" : ${JSON.stringify(tool, null, 2)},\n    "artifacts" : ${JSON.stringify(artifacts, null, 2)},\n    "results" : [ `
  )
  for (let i = 0; i < count; i++)
    await write(`${i > 0 ? ', ' : ''}${JSON.stringify(result(i), null, 2)}`)
  await write(
    ' ],\n    "columnKind" : "utf16CodeUnits",\n    "properties" : {\n      "semmle.formatSpecifier" : "sarif-latest"\n    }\n  } ]\n}\n'
  )
  out.end()
  await once(out, 'finish')
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  await generate(process.argv[2], Number(process.argv[3]))
}
