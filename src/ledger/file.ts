import { readFileSync } from 'node:fs'
import { ConfigurationError, getErrorMessage } from '../errors.js'
import type { Ledger } from './ledger.js'
import { LEDGER_FILE, parseLedger } from './ledger.js'

/** Reads a ledger file (`revocations.json` from a revoke's report directory or artifact). */
export function readLedgerFile(path: string): Ledger {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new ConfigurationError(
      `ledger ${path} cannot be read (${getErrorMessage(error)}): pass the ${LEDGER_FILE} that revoke wrote, e.g. downloaded from its artifact`
    )
  }
  return parseLedger(text, `ledger ${path}`)
}
