import { checkHandlers } from './checks.js'
import { codeScanningHandlers } from './code-scanning.js'
import type { Handler } from './handler.js'
import { issueHandlers } from './issues.js'
import { pullHandlers } from './pulls.js'
import { repoHandlers } from './repos.js'

/** Every operation the server implements, by operationId. */
export const HANDLERS: Readonly<Record<string, Handler>> = {
  ...checkHandlers,
  ...codeScanningHandlers,
  ...issueHandlers,
  ...pullHandlers,
  ...repoHandlers
}
