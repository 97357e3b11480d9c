/**
 * Sets these variables on process.env and returns a function that puts back
 * exactly what was there before (including absence). `undefined` unsets.
 */
export function applyEnv(env: Readonly<Record<string, string | undefined>>): () => void {
  const saved = new Map<string, string | undefined>()
  for (const [key, value] of Object.entries(env)) {
    saved.set(key, process.env[key])
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
  return () => {
    for (const [key, value] of saved) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  }
}

/** Runs `fn` with these variables set, restoring process.env afterwards. */
export async function withEnv<T>(
  env: Readonly<Record<string, string | undefined>>,
  fn: () => Promise<T>
): Promise<T> {
  const restore = applyEnv(env)
  try {
    return await fn()
  } finally {
    restore()
  }
}
