import type { Finding } from '../../src/model.js'

let counter = 0

/** A finding with sensible defaults; every call gets its own fingerprint. */
export function finding(overrides: Partial<Finding> = {}): Finding {
  counter++
  return {
    fingerprint: `fp${counter.toString().padStart(14, '0')}`,
    tool: 'Tool',
    ruleId: 'R1',
    cwes: [],
    level: 'error',
    severity: 'high',
    message: `finding ${counter}`,
    location: { path: 'src/app.js', outsideWorkspace: false, startLine: counter, endLine: counter },
    suppressed: false,
    source: { file: 'x.sarif', run: 0 },
    ...overrides
  }
}
