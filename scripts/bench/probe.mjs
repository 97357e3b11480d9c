// Runs a script (or --eval code) in this process and, when the process exits, writes what it
// cost to a file: peak RSS (the kernel's high-water mark) and CPU time. Used by the bench so
// that the figures belong to one process alone, without an external `time` command.
//   node probe.mjs <usage.json> <script> [args…]   |   node probe.mjs <usage.json> --eval <code>
import { writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const [usageFile, target, ...args] = process.argv.slice(2)
process.on('exit', () => {
  const usage = process.resourceUsage()
  writeFileSync(
    usageFile,
    JSON.stringify({
      maxRssKb: usage.maxRSS,
      cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000
    })
  )
})
if (target === '--eval') {
  const require = createRequire(import.meta.url)
  new Function('require', args[0])(require)
} else {
  process.argv = [process.argv[0], resolve(target), ...args]
  await import(pathToFileURL(resolve(target)).href)
}
