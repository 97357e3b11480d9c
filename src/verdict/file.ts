import { readFileSync } from 'node:fs'
import { ConfigurationError, getErrorMessage } from '../errors.js'
import { VERDICTS } from '../policy/verdict.js'
import type { VerdictRecord } from './record.js'
import { VERDICT_SCHEMA } from './record.js'

/** Reads the verdict record a scan wrote (verdict.json), refusing anything else. */
export function readVerdictFile(path: string): VerdictRecord {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new ConfigurationError(
      `verdict-file ${path} cannot be read (${getErrorMessage(error)}): pass the verdict.json that the scan wrote, e.g. downloaded from its artifact`
    )
  }
  let record: Partial<VerdictRecord>
  try {
    record = JSON.parse(text) as Partial<VerdictRecord>
  } catch (error) {
    throw new ConfigurationError(`verdict-file ${path} is not JSON: ${getErrorMessage(error)}`)
  }
  if (record.schema !== VERDICT_SCHEMA || !VERDICTS.some(v => v === record.verdict)) {
    throw new ConfigurationError(
      `verdict-file ${path} is not a known-good verdict record (expected "schema": "${VERDICT_SCHEMA}" and a verdict)`
    )
  }
  return record as VerdictRecord
}
