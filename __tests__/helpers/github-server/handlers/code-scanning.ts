import { randomUUID } from 'node:crypto'
import { GitHubError, notFound } from '../github-errors.js'
import type { SarifUploadRecord } from '../records.js'
import { decodeSarifField, processingErrors, summarizeRuns } from '../sarif-delivery.js'
import type { Handler, HandlerContext } from './handler.js'
import { reply } from './handler.js'

/**
 * A repository without code scanning: "GitHub Code Security or GitHub Advanced Security must
 * be enabled for this repository to use code scanning" / "403: … is not enabled"
 * (https://docs.github.com/code-security/code-scanning/troubleshooting-code-scanning/advanced-security-must-be-enabled).
 * The API's own message, as quoted in jfrog/frogbot issue 178 for POST …/code-scanning/sarifs:
 * "403 Advanced Security must be enabled for this repository to use code scanning."
 */
export const NOT_ENABLED_MESSAGE =
  'Advanced Security must be enabled for this repository to use code scanning.'

function requireCodeScanning(context: HandlerContext): void {
  if (!context.state.codeScanning.enabled) throw new GitHubError(403, NOT_ENABLED_MESSAGE)
}

interface UploadBody {
  commit_sha: string
  ref: string
  sarif: string
  checkout_uri?: string
  started_at?: string
  tool_name?: string
  validate?: boolean
}

/**
 * POST …/code-scanning/sarifs. The field is decoded now (400/413 at once); the limits on
 * runs, results and repeated categories are processing errors, seen when the upload is
 * polled, as GitHub reports them.
 */
const uploadSarif: Handler = context => {
  requireCodeScanning(context)
  const write = context.body as UploadBody
  const { gzipBytes, log } = decodeSarifField(write.sarif)
  const runs = summarizeRuns(log)
  const errors = processingErrors(runs)
  const upload: SarifUploadRecord = {
    id: randomUUID(),
    commitSha: write.commit_sha,
    ref: write.ref,
    checkoutUri: write.checkout_uri ?? null,
    toolName: write.tool_name ?? 'API',
    startedAt: write.started_at ?? null,
    validate: write.validate ?? false,
    gzipBytes,
    sarif: log,
    runs,
    outcome: errors.length === 0 ? { status: 'complete' } : { status: 'failed', errors },
    pendingPolls: context.state.codeScanning.pendingPolls,
    polls: 0,
    createdAt: context.state.now()
  }
  context.state.sarifUploads.push(upload)
  return reply(202, context.shapes.sarifReceipt(upload))
}

/** GET …/code-scanning/sarifs/{sarif_id}: `pending` for the first polls, then the outcome. */
const getSarif: Handler = context => {
  requireCodeScanning(context)
  const id = String(context.params['sarif_id'])
  const upload = context.state.sarifUploads.find(u => u.id === id)
  if (!upload) throw notFound()
  upload.polls += 1
  const pending = upload.pendingPolls > 0
  if (pending) upload.pendingPolls -= 1
  return reply(200, context.shapes.sarifStatus(upload, pending))
}

export const codeScanningHandlers: Record<string, Handler> = {
  'code-scanning/upload-sarif': uploadSarif,
  'code-scanning/get-sarif': getSarif
}
