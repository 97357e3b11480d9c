/**
 * One bundle for both faces. Run by the Actions runner as a `uses:` step it is the action: no
 * arguments, GITHUB_ACTIONS=true and the step's inputs as INPUT_* variables (the runner sets
 * one for every input, defaults included). Anything else is the CLI, so `npx known-good` typed
 * bare in a `run:` step prints the help instead of running a scan without inputs. Each face is
 * loaded only when it runs (the CLI never loads the Actions toolkit).
 */
const args = process.argv.slice(2)
const asAction =
  args.length === 0 &&
  process.env.GITHUB_ACTIONS === 'true' &&
  Object.keys(process.env).some(name => name.startsWith('INPUT_'))
if (asAction) {
  const { runAction } = await import('./action.js')
  await runAction()
} else {
  const { runCli } = await import('./cli.js')
  process.exitCode = await runCli(args, {
    stdout: text => process.stdout.write(text),
    stderr: text => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd()
  })
}
