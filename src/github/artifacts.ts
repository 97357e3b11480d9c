import { DefaultArtifactClient } from '@actions/artifact'

export interface ArtifactUploader {
  upload(name: string, files: string[], rootDir: string): Promise<{ id: number; url?: string }>
}

/** Uploads through the Actions results service, as `actions/upload-artifact` does. */
export function actionsArtifacts(run: {
  serverUrl?: string
  repository?: string
  runId?: string
}): ArtifactUploader {
  const client = new DefaultArtifactClient()
  return {
    async upload(name, files, rootDir) {
      const { id } = await client.uploadArtifact(name, files, rootDir)
      if (id === undefined) throw new Error('the results service returned no artifact id')
      const url =
        run.serverUrl && run.repository && run.runId
          ? `${run.serverUrl}/${run.repository}/actions/runs/${run.runId}/artifacts/${id}`
          : undefined
      return url ? { id, url } : { id }
    }
  }
}
