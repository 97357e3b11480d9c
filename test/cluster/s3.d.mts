// Types of s3.mjs for the TypeScript tests.
export interface S3Store {
  url: string
  region?: string
  accessKeyId: string
  secretAccessKey: string
}
export interface S3Response {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: Buffer
}
export function s3Request(
  store: S3Store,
  method: string,
  key: string,
  options?: { query?: Record<string, string>; body?: string | Buffer; timeoutMs?: number }
): Promise<S3Response>
export function createBucket(store: S3Store, bucket: string): Promise<void>
export function getObject(store: S3Store, bucket: string, key: string): Promise<Buffer | undefined>
export function listKeys(store: S3Store, bucket: string, prefix?: string): Promise<string[]>
