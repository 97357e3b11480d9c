// Jest globalTeardown of the `cluster` and `harness-cluster` projects, once both are done: stops every process of the plane that the
// global setup started and removes its dir (Jest runs this whether tests passed or not; a
// reaper process and an exit hook cover a Jest that dies first).
import { stopControlPlane } from './controlplane.mjs'

export default async function globalTeardown() {
  const plane = globalThis.__knownGoodCluster
  if (!plane || --plane.users > 0) return
  globalThis.__knownGoodCluster = undefined
  if (plane.reused) return
  const { memory } = await stopControlPlane(plane.dir)
  if (memory && process.env.KNOWN_GOOD_CLUSTER_STATS === '1') {
    const mib = k => `${Math.round((k ?? 0) / 1024)} MiB`
    const parts = Object.entries(memory).map(([n, m]) => `${n} ${mib(m?.peakRssKiB)}`)
    process.stderr.write(`[cluster] stopped; peak RSS: ${parts.join(', ')}\n`)
  }
}
