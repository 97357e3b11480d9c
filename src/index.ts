import { runAction } from './action.js'
import { runCli } from './cli.js'

/**
 * One bundle for both faces: run by the Actions runner (no arguments, GITHUB_ACTIONS=true) it is
 * the action; with arguments (or outside Actions) it is the CLI.
 */
const args = process.argv.slice(2)
if (args.length === 0 && process.env.GITHUB_ACTIONS === 'true') {
  await runAction()
} else {
  process.exitCode = await runCli(args, {
    stdout: text => process.stdout.write(text),
    stderr: text => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd()
  })
}
