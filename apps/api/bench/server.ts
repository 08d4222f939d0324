/**
 * The API under test: the production createApp()/bootstrap() path from the built dist, on the benchmark database.
 * Started by run.ts as a child process (so its memory and CPU are its own); prints READY <port> when listening.
 */
import { createApp } from '../src/create-app.js';

const ownerUrl = process.env.BENCH_OWNER_URL;
const appUrl = process.env.BENCH_APP_URL;
if (!ownerUrl || !appUrl) throw new Error('BENCH_OWNER_URL and BENCH_APP_URL are required');
const { app } = await createApp({ db: { ownerUrl, appUrl, embedded: false } });
await app.listen(Number(process.env.PORT ?? 0), '127.0.0.1');
const address = app.getHttpServer().address() as { port: number };
process.stdout.write(`READY ${address.port}\n`);
process.once('SIGTERM', () => {
  void app.close().then(() => process.exit(0));
});
