import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { randomUUID } from 'node:crypto';
import { assertStorageKey, type FileStorage } from './file-storage.js';

/** Files on local disk under one root folder (the default; fine for one server with backups of that folder). */
export class LocalFileStorage implements FileStorage {
  readonly driver = 'local' as const;
  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    assertStorageKey(key);
    return path.join(this.root, ...key.split('/'));
  }

  async put(key: string, body: Buffer): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true });
    // Write then rename: a reader never sees half a file.
    const tmp = `${target}.${randomUUID()}.tmp`;
    await writeFile(tmp, body, { flag: 'wx', mode: 0o640 });
    await rename(tmp, target);
  }

  async get(key: string): Promise<Readable> {
    const p = this.pathOf(key);
    await stat(p);
    return createReadStream(p);
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}
