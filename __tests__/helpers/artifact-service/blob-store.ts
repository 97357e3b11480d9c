import { createHash } from 'node:crypto'
import {
  BlobSASPermissions,
  BlobServiceClient,
  generateBlobSASQueryParameters,
  RestError,
  StorageSharedKeyCredential,
  type ContainerClient
} from '@azure/storage-blob'
import type { Azurite } from './azurite.js'

export interface StoredBlob {
  bytes: Buffer
  contentType: string | undefined
  /** `sha256:<hex>` of the bytes, the form FinalizeArtifact's `hash` takes. */
  digest: string
}

/**
 * One container in Azurite, addressed with the dev account's shared key; the
 * URLs handed to @actions/artifact carry a service SAS instead.
 */
export class BlobStore {
  private constructor(
    private readonly container: ContainerClient,
    private readonly credential: StorageSharedKeyCredential
  ) {}

  static async create(azurite: Azurite, containerName: string): Promise<BlobStore> {
    const credential = new StorageSharedKeyCredential(azurite.accountName, azurite.accountKey)
    const service = new BlobServiceClient(azurite.blobEndpoint, credential, {
      retryOptions: { maxTries: 2, retryDelayInMs: 100 }
    })
    const container = service.getContainerClient(containerName)
    await container.createIfNotExists()
    return new BlobStore(container, credential)
  }

  get containerName(): string {
    return this.container.containerName
  }

  /** Create+write SAS, what the results service signs for CreateArtifact. */
  uploadUrl(blobName: string, options: { expired?: boolean } = {}): string {
    const now = Date.now()
    return this.signedUrl(
      blobName,
      'cw',
      options.expired ? new Date(now - 2 * 60 * 60_000) : new Date(now - 5 * 60_000),
      options.expired ? new Date(now - 60 * 60_000) : new Date(now + 60 * 60_000)
    )
  }

  /** Read-only SAS, what GetSignedArtifactURL answers. */
  downloadUrl(blobName: string): string {
    const now = Date.now()
    return this.signedUrl(blobName, 'r', new Date(now - 5 * 60_000), new Date(now + 60 * 60_000))
  }

  /** The blob's bytes, or undefined when nothing was committed under that name. */
  async read(blobName: string): Promise<StoredBlob | undefined> {
    const blob = this.container.getBlobClient(blobName)
    try {
      const properties = await blob.getProperties()
      const bytes = await blob.downloadToBuffer()
      return {
        bytes,
        contentType: properties.contentType,
        digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}`
      }
    } catch (error) {
      if (error instanceof RestError && error.statusCode === 404) return undefined
      throw error
    }
  }

  async delete(blobName: string): Promise<void> {
    await this.container.getBlobClient(blobName).deleteIfExists()
  }

  async list(): Promise<string[]> {
    const names: string[] = []
    for await (const blob of this.container.listBlobsFlat()) names.push(blob.name)
    return names
  }

  private signedUrl(
    blobName: string,
    permissions: string,
    startsOn: Date,
    expiresOn: Date
  ): string {
    const client = this.container.getBlockBlobClient(blobName)
    const sas = generateBlobSASQueryParameters(
      {
        containerName: this.container.containerName,
        blobName,
        permissions: BlobSASPermissions.parse(permissions),
        startsOn,
        expiresOn
      },
      this.credential
    )
    return `${client.url}?${sas.toString()}`
  }
}
