import type { S3Client } from '@aws-sdk/client-s3';
import { Readable } from 'node:stream';
import type { AppConfig } from '../../../config/config.js';
import { assertStorageKey, type FileStorage } from './file-storage.js';

/**
 * S3-compatible object storage: Tencent COS, MinIO, AWS S3. Path-style addressing (`<endpoint>/<bucket>/<key>`)
 * because MinIO needs it and COS and AWS accept it. Objects are private; the API streams them after its own
 * access check, so no presigned URLs leave the server.
 */
export class S3FileStorage implements FileStorage {
  readonly driver = 's3' as const;
  private client: S3Client | undefined;
  private readonly bucket: string;
  private readonly s3: AppConfig['files']['s3'];
  /** @aws-sdk/client-s3 is loaded on the first storage call, not at start-up (memory: docs/performance.md). */
  private sdk: Promise<typeof import('@aws-sdk/client-s3')> | undefined;

  constructor(s3: AppConfig['files']['s3']) {
    this.bucket = s3.bucket;
    this.s3 = s3;
  }

  private async connect(): Promise<{ client: S3Client; sdk: typeof import('@aws-sdk/client-s3') }> {
    this.sdk ??= import('@aws-sdk/client-s3');
    const sdk = await this.sdk;
    const s3 = this.s3;
    this.client ??= new sdk.S3Client({
      endpoint: s3.endpoint,
      region: s3.region,
      forcePathStyle: true,
      credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
      // COS and older MinIO reject the newer default flexible checksums; send them only when an operation needs them.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      maxAttempts: 3,
    });
    return { client: this.client, sdk };
  }

  async put(key: string, body: Buffer, contentType: string): Promise<void> {
    assertStorageKey(key);
    const { client, sdk } = await this.connect();
    await client.send(
      new sdk.PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: body,
        ContentType: contentType,
        ContentLength: body.length,
      }),
    );
  }

  async get(key: string): Promise<Readable> {
    assertStorageKey(key);
    const { client, sdk } = await this.connect();
    const out = await client.send(new sdk.GetObjectCommand({ Bucket: this.bucket, Key: key }));
    if (!(out.Body instanceof Readable)) throw new Error('S3 GetObject returned no stream');
    return out.Body;
  }

  async delete(key: string): Promise<void> {
    assertStorageKey(key);
    const { client, sdk } = await this.connect();
    await client.send(new sdk.DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  destroy(): void {
    this.client?.destroy();
  }
}
