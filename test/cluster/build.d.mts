// Types of the parts of build.mjs that the TypeScript tests use.
export interface Manifest {
  key: string
  dir: string
  versions: Record<string, string>
  bin: Record<string, string>
  pluginDir: string
  crds: string[]
}
export function ensureBuilt(options?: { quiet?: boolean }): Promise<Manifest>
export function parseVersions(text: string): Record<string, string>
