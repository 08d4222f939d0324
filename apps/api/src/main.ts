import { ConfigError } from './config/config.js';
import { createApp } from './create-app.js';
import { log } from './common/logger.js';

async function main(): Promise<void> {
  const { app, config, close } = await createApp();
  await app.listen(config.port, config.host);
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${config.port}`;
  log('info', 'api listening', { url, docs: `${url}/api/docs`, env: config.env });
  const shutdown = async (signal: string) => {
    log('info', 'shutting down', { signal });
    await close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`);
  } else {
    process.stderr.write(`启动失败 (start-up failed): ${err instanceof Error ? err.stack : String(err)}\n`);
  }
  process.exit(1);
});
