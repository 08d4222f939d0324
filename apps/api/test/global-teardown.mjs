import { rmSync } from 'node:fs';

export default async function globalTeardown() {
  const server = globalThis.__GONGZHI_PG__;
  if (server) {
    await server.stop();
    if (process.env.TEST_PG_DIR) rmSync(process.env.TEST_PG_DIR, { recursive: true, force: true });
  }
}
