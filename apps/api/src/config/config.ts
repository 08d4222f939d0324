import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { subscribeFieldType } from '@gongzhi/domain';
import { RATE_LIMIT_POLICIES } from '../common/rate-limit.js';

/**
 * Typed configuration, read once from the environment and validated at start-up.
 * A bad value stops the start with a message naming the variable; in production (NODE_ENV=production)
 * missing secrets stop the start, in development they get generated defaults.
 */
export interface AppConfig {
  env: 'development' | 'test' | 'production';
  port: number;
  host: string;
  /** Schema-owner connection (migrations). Empty → embedded PostgreSQL. */
  databaseUrl: string | null;
  /** Connection the API serves requests with: a role that owns no table. */
  databaseAppUrl: string | null;
  embeddedDataDir: string;
  embeddedPort: number;
  /** Generated passwords of the embedded database's superuser, owner and API roles (JSON, mode 0600). */
  embeddedPasswordFile: string;
  /** Production only: the embedded database was asked for (EMBEDDED_DB=on); otherwise production needs DATABASE_URL. */
  embeddedAllowed: boolean;
  /** Proxies whose X-Forwarded-For is believed (Express `trust proxy` list); empty → the socket address is the client. */
  trustedProxies: string[];
  /** Multiplies every declared rate limit (common/rate-limit.ts); tests run with a large factor unless they set 1. */
  rateLimitFactor: number;
  /** Per-policy overrides of the declared limits (RATE_LIMIT_OVERRIDES=upload.perPerson=20,create.nonMember.perCommunity=50). */
  rateLimitOverrides: Record<string, number>;
  /** Prefix of every rate-limit key: one value for every replica of a deployment; tests give each app its own. */
  rateLimitNamespace: string;
  /** Swagger UI at /api/docs and the document at /api/openapi.json (off in production unless API_DOCS=on). */
  apiDocs: boolean;
  /** Slow clients: headers, the whole body of an upload, the whole body of anything else (milliseconds). */
  requestTimeouts: { headersMs: number; uploadMs: number; bodyMs: number };
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  /** A rotated refresh token presented again within this many seconds gets the same successor pair (a retry). */
  refreshGraceSeconds: number;
  /** Key used to encrypt phone and ID numbers at rest (32 bytes, base64 or hex). */
  dataKey: string;
  wechat: {
    appId: string;
    appSecret: string;
    apiBase: string;
    timeoutMs: number;
    contentCheck: boolean;
    /** `miniprogram_state` of subscribe messages: which version of the mini-program a tap opens. */
    miniprogramState: 'formal' | 'trial' | 'developer';
    /** Subscribe-message templates; null = not configured (nothing is sent for that kind). */
    /** `broadcast`: the one template of broadcasts on the channel ladder (votes, roster changes …; modules/notifications). */
    templates: { repairStatus: SubscribeTemplate | null; broadcast: SubscribeTemplate | null };
    /** MEDIA_CHECK: images others see go through media_check_async and stay hidden until WeChat passes them. */
    mediaCheck: boolean;
    /** 消息推送 server configuration (Token + EncodingAESKey, safe mode); null = the push endpoint answers 404. */
    push: { token: string; aesKey: string } | null;
  };
  /**
   * The SMS provider (modules/sms): null = not configured (SMS sign-in answers 503; SMS notifications are skipped).
   * `signIn`: codes live `codeTtlSeconds`, one per number per `resendSeconds`, `perPhonePerDay` a day, `perIpPerHour`
   * requests per client IP, `maxAttempts` wrong entries before a code is dead.
   */
  sms: { apiBase: string; token: string; timeoutMs: number; signInTemplate: string; broadcastTemplate: string } | null;
  /** SMS on the channel ladder: on/off, texts per number a day, quiet hours (China time, from–to hour). */
  smsBroadcasts: { enabled: boolean; perPhonePerDay: number; quiet: { from: number; to: number } };
  smsSignIn: {
    codeTtlSeconds: number;
    resendSeconds: number;
    perPhonePerDay: number;
    perIpPerHour: number;
    maxAttempts: number;
  };
  /** The second content-moderation provider (authors WeChat cannot check); null = none (they are refused). */
  contentModeration: { url: string; token: string; timeoutMs: number } | null;
  /** The API's public origin (https://…) WeChat fetches signed image URLs from; signed URLs live `mediaUrlTtlSeconds`. */
  publicBaseUrl: string;
  mediaUrlTtlSeconds: number;
  /** Sign-in attempts (WeChat and dev) allowed per client IP and per code/account in a sliding window. */
  signInRateLimit: { perIp: number; perKey: number; windowSeconds: number };
  /** Ballot requests allowed per person in a sliding window: online ballots (owners), paper ballots (per committee member). */
  ballotRateLimit: { perPerson: number; paperPerPerson: number; windowSeconds: number };
  /** How old the district overview may be (seconds; 0 = computed on every request). */
  districtOverviewCacheSeconds: number;
  files: {
    driver: 'local' | 's3';
    localDir: string;
    maxImageBytes: number;
    maxDocumentBytes: number;
    s3: { endpoint: string; bucket: string; region: string; accessKeyId: string; secretAccessKey: string };
  };
  h5Dir: string | null;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  jobsEnabled: boolean;
  devLoginEnabled: boolean;
  /** NODE_ENV=test only: dev sign-in for any person, not just the demo people (DEV_LOGIN_ANYONE, on in tests). */
  devLoginAnyone: boolean;
  version: string;
}

/** A subscribe-message template chosen in the WeChat console: its id and which value goes into which key. */
export interface SubscribeTemplate {
  id: string;
  /** Template key (`thing1`, `phrase2` …) → value source (see REPAIR_STATUS_SOURCES). */
  fields: Record<string, string>;
}

/** Values a repair-status subscribe message can carry. */
export const REPAIR_STATUS_SOURCES = ['status', 'category', 'location', 'description', 'time'] as const;

/** Values a broadcast subscribe message can carry (the channel ladder, modules/notifications). */
export const BROADCAST_SOURCES = ['title', 'community', 'body', 'time'] as const;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`配置错误 (configuration error):\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

export const repoRoot = (() => {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (dir !== path.dirname(dir)) {
    if (existsSync(path.join(dir, 'pnpm-workspace.yaml'))) return dir;
    dir = path.dirname(dir);
  }
  return process.cwd();
})();

type Env = Record<string, string | undefined>;

function devSecret(name: string, file: string): string {
  let secrets: Record<string, string> = {};
  try {
    secrets = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  } catch {
    /* first start */
  }
  if (!secrets[name]) {
    secrets[name] = randomBytes(32).toString('hex');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  return secrets[name];
}

/** Values that appear in this repository (tests, docs, old defaults): never accepted as production secrets. */
const KNOWN_DEV_SECRETS = new Set([
  'gongzhi-embedded',
  'gongzhi-local',
  'crash-drill-jwt-secret-0123456789abcdef',
  'crash-drill-data-key-0123456789abcdef01',
  '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
  'changeme-changeme-changeme-changeme',
]);

/** DATA_ENCRYPTION_KEY must decode to exactly 32 bytes: 64 hex digits or base64 (standard or URL-safe) of 32 bytes. */
export function dataKeyProblem(raw: string): string | null {
  if (/^[0-9a-fA-F]{64}$/.test(raw)) return null;
  if (/^[A-Za-z0-9+/_-]{43}={0,1}$/.test(raw)) {
    const bytes = Buffer.from(raw.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    if (bytes.length === 32 && new Set(bytes).size >= 8) return null;
  }
  return 'must be 32 random bytes written as 64 hex digits or base64 (e.g. `openssl rand -hex 32`)';
}

/** JWT_SECRET: at least 32 bytes and 16 distinct characters (32 identical letters is not a secret). */
export function jwtSecretProblem(raw: string): string | null {
  if (Buffer.byteLength(raw, 'utf8') < 32) return 'must be at least 32 bytes';
  // A hex secret (`openssl rand -hex 32`) has only 16 possible characters: its decoded bytes are counted instead.
  const distinct = /^([0-9a-fA-F]{2}){16,}$/.test(raw) ? new Set(Buffer.from(raw, 'hex')).size : new Set(raw).size;
  if (distinct < 16) return 'must contain at least 16 different characters (e.g. `openssl rand -hex 32`)';
  return null;
}

function isProxyEntry(p: string): boolean {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(p)) return true;
  const [ip, bits, extra] = p.split('/');
  if (extra !== undefined || !isIP(ip)) return false;
  if (bits === undefined) return true;
  const max = isIP(ip) === 4 ? 32 : 128;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= max;
}

export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];
  const rawEnv = env.NODE_ENV ?? 'development';
  if (!['development', 'test', 'production'].includes(rawEnv)) {
    problems.push(`NODE_ENV must be development, test or production (got "${rawEnv}")`);
  }
  const nodeEnv = (['development', 'test', 'production'].includes(rawEnv) ? rawEnv : 'development') as AppConfig['env'];
  const prod = nodeEnv === 'production';

  const int = (name: string, def: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return def;
    if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
      problems.push(`${name} must be an integer from ${min} to ${max} (got "${raw}")`);
      return def;
    }
    return Number(raw);
  };
  const url = (name: string): string | null => {
    const raw = env[name];
    if (!raw) return null;
    try {
      const u = new URL(raw);
      if (!/^postgres(ql)?:$/.test(u.protocol)) throw new Error('protocol');
      return raw;
    } catch {
      problems.push(`${name} must be a postgres:// URL`);
      return null;
    }
  };
  const secret = (name: string, minLength: number, check?: (raw: string) => string | null): string => {
    const raw = env[name];
    if (raw) {
      if (raw.length < minLength) problems.push(`${name} must be at least ${minLength} characters`);
      else if (check?.(raw)) problems.push(`${name} ${check(raw)}`);
      else if (prod && KNOWN_DEV_SECRETS.has(raw))
        problems.push(`${name} is a development value published in this repository; generate a new one`);
      return raw;
    }
    if (prod) {
      problems.push(`${name} is required when NODE_ENV=production`);
      return '';
    }
    // Development: generated once and kept beside the embedded database, so data encrypted with it stays
    // readable after a restart. Tests get fresh ones.
    return nodeEnv === 'development'
      ? devSecret(name, env.DEV_SECRETS_FILE ?? path.join(repoRoot, '.data', 'dev-secrets.json'))
      : randomBytes(32).toString('hex');
  };

  const databaseUrl = url('DATABASE_URL');
  const databaseAppUrl = url('DATABASE_APP_URL');
  if (databaseAppUrl && !databaseUrl) problems.push('DATABASE_APP_URL needs DATABASE_URL (the schema owner) too');

  const driver = (env.FILES_DRIVER ?? 'local') as 'local' | 's3';
  if (!['local', 's3'].includes(driver)) problems.push(`FILES_DRIVER must be local or s3 (got "${driver}")`);
  const s3 = {
    endpoint: env.S3_ENDPOINT ?? '',
    bucket: env.S3_BUCKET ?? '',
    region: env.S3_REGION ?? 'ap-shanghai',
    accessKeyId: env.S3_ACCESS_KEY_ID ?? '',
    secretAccessKey: env.S3_SECRET_ACCESS_KEY ?? '',
  };
  if (driver === 's3') {
    for (const [k, v] of Object.entries({
      S3_ENDPOINT: s3.endpoint,
      S3_BUCKET: s3.bucket,
      S3_ACCESS_KEY_ID: s3.accessKeyId,
      S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
    })) {
      if (!v) problems.push(`${k} is required when FILES_DRIVER=s3`);
    }
  }

  const logLevel = (env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'warn' : 'info')) as AppConfig['logLevel'];
  if (!['debug', 'info', 'warn', 'error'].includes(logLevel))
    problems.push(`LOG_LEVEL must be debug, info, warn or error`);

  /** `WECHAT_TEMPLATE_X` (template id) + `WECHAT_TEMPLATE_X_FIELDS` (`thing1=category,phrase2=status,…`). */
  const template = (name: string, sources: readonly string[]): SubscribeTemplate | null => {
    const id = env[name]?.trim();
    const rawFields = env[`${name}_FIELDS`]?.trim();
    if (!id) {
      if (rawFields) problems.push(`${name}_FIELDS is set but ${name} (the template id) is not`);
      return null;
    }
    if (!/^[A-Za-z0-9_-]{8,64}$/.test(id))
      problems.push(`${name} must be a WeChat template id (letters, digits, - and _)`);
    if (!rawFields) {
      problems.push(
        `${name}_FIELDS is required with ${name}: key=source pairs such as thing1=category,phrase2=status (sources: ${sources.join(', ')})`,
      );
      return null;
    }
    const fields: Record<string, string> = {};
    for (const pair of rawFields.split(',')) {
      const [key, source, extra] = pair.split('=').map((x) => x.trim());
      if (!key || !source || extra !== undefined) problems.push(`${name}_FIELDS: "${pair}" is not key=source`);
      else if (!subscribeFieldType(key))
        problems.push(
          `${name}_FIELDS: "${key}" is not a WeChat template key (thing1, phrase2, time3, character_string4 …)`,
        );
      else if (!sources.includes(source))
        problems.push(`${name}_FIELDS: unknown source "${source}" (sources: ${sources.join(', ')})`);
      else if (fields[key]) problems.push(`${name}_FIELDS: key "${key}" given twice`);
      else fields[key] = source;
    }
    return { id, fields };
  };
  const miniprogramState = (env.WECHAT_MINIPROGRAM_STATE ?? 'formal') as AppConfig['wechat']['miniprogramState'];
  if (!['formal', 'trial', 'developer'].includes(miniprogramState))
    problems.push('WECHAT_MINIPROGRAM_STATE must be formal, trial or developer');

  const pushToken = env.WECHAT_PUSH_TOKEN?.trim() ?? '';
  const pushAesKey = env.WECHAT_PUSH_AES_KEY?.trim() ?? '';
  if (pushToken && !/^[A-Za-z0-9]{3,32}$/.test(pushToken))
    problems.push('WECHAT_PUSH_TOKEN must be 3–32 letters or digits (the Token of 消息推送)');
  if (pushAesKey && !/^[A-Za-z0-9]{43}$/.test(pushAesKey))
    problems.push('WECHAT_PUSH_AES_KEY must be the 43-character EncodingAESKey of 消息推送');
  if (!!pushToken !== !!pushAesKey)
    problems.push('WECHAT_PUSH_TOKEN and WECHAT_PUSH_AES_KEY are set together (消息推送 in safe mode)');
  const smsUrl = env.SMS_API_BASE?.trim() ?? '';
  if (smsUrl && !/^https?:\/\//.test(smsUrl)) problems.push('SMS_API_BASE must be an http(s) URL');
  if (smsUrl && prod && !/^https:\/\//.test(smsUrl))
    problems.push('SMS_API_BASE must be https when NODE_ENV=production');
  if (smsUrl && prod && (env.SMS_API_TOKEN ?? '').length < 16)
    problems.push('SMS_API_TOKEN (at least 16 characters) is required with SMS_API_BASE when NODE_ENV=production');
  const moderationUrl = env.CONTENT_MODERATION_URL?.trim() ?? '';
  if (moderationUrl && !/^https?:\/\//.test(moderationUrl))
    problems.push('CONTENT_MODERATION_URL must be an http(s) URL');
  const mediaCheck = (env.MEDIA_CHECK ?? (prod ? 'on' : 'off')) === 'on';
  const publicBaseUrl = (env.PUBLIC_BASE_URL ?? '').replace(/\/$/, '');
  if (publicBaseUrl && !/^https?:\/\//.test(publicBaseUrl)) problems.push('PUBLIC_BASE_URL must be an http(s) URL');
  if (prod && mediaCheck && !publicBaseUrl)
    problems.push('PUBLIC_BASE_URL is required when MEDIA_CHECK=on (WeChat fetches images from it)');
  if (prod && mediaCheck && !pushToken)
    problems.push(
      'WECHAT_PUSH_TOKEN and WECHAT_PUSH_AES_KEY are required when MEDIA_CHECK=on (results arrive by push)',
    );

  const dataKeyRaw = secret('DATA_ENCRYPTION_KEY', 32, dataKeyProblem);
  const trustedProxies = (env.TRUSTED_PROXIES ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
  for (const p of trustedProxies)
    if (!isProxyEntry(p))
      problems.push(
        `TRUSTED_PROXIES: "${p}" is not an IP address, a CIDR range (10.0.0.0/8) or loopback/linklocal/uniquelocal`,
      );
  const embeddedAllowed = !prod || env.EMBEDDED_DB === 'on';
  if (env.EMBEDDED_DB && !['on', 'off'].includes(env.EMBEDDED_DB)) problems.push('EMBEDDED_DB must be on or off');
  if (prod && !databaseUrl && !embeddedAllowed)
    problems.push(
      'DATABASE_URL is required when NODE_ENV=production (or set EMBEDDED_DB=on to run the embedded database on purpose)',
    );
  const rateLimitOverrides: Record<string, number> = {};
  for (const pair of (env.RATE_LIMIT_OVERRIDES ?? '').split(',').filter((x) => x.trim())) {
    const m = /^\s*([a-z-]+)\.([A-Za-z.]+)\s*=\s*(\d{1,12})\s*$/.exec(pair);
    const policy = m ? (RATE_LIMIT_POLICIES as Record<string, unknown>)[m[1]] : undefined;
    const known =
      m &&
      policy &&
      typeof m[2].split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], policy) === 'number';
    if (!m || !known || Number(m[3]) < 1)
      problems.push(
        `RATE_LIMIT_OVERRIDES: "${pair.trim()}" is not <policy>.<limit>=<positive integer> (see docs/operations.md)`,
      );
    else rateLimitOverrides[`${m[1]}.${m[2]}`] = Number(m[3]);
  }
  const apiDocs = (env.API_DOCS ?? (prod ? 'off' : 'on')) === 'on';
  const embeddedDataDir = env.EMBEDDED_PG_DIR ?? path.join(repoRoot, '.data', 'postgres');
  const config: AppConfig = {
    env: nodeEnv,
    port: int('PORT', 3000, 0, 65535),
    host: env.HOST ?? '127.0.0.1',
    databaseUrl,
    databaseAppUrl,
    embeddedDataDir,
    embeddedPort: int('EMBEDDED_PG_PORT', 54329, 1024, 65535),
    embeddedPasswordFile:
      env.EMBEDDED_PG_PASSWORD_FILE ?? path.join(path.dirname(embeddedDataDir), 'db-passwords.json'),
    embeddedAllowed,
    trustedProxies,
    rateLimitFactor: int('RATE_LIMIT_FACTOR', nodeEnv === 'test' ? 10000 : 1, 1, 1000000),
    rateLimitNamespace: env.RATE_LIMIT_NAMESPACE ?? '',
    rateLimitOverrides,
    apiDocs,
    requestTimeouts: {
      headersMs: int('HEADERS_TIMEOUT_MS', 20_000, 100, 120_000),
      uploadMs: int('UPLOAD_TIMEOUT_MS', 65_000, 100, 600_000),
      bodyMs: int('BODY_TIMEOUT_MS', 30_000, 100, 600_000),
    },
    jwtSecret: secret('JWT_SECRET', 32, jwtSecretProblem),
    accessTokenTtlSeconds: int('ACCESS_TOKEN_TTL_SECONDS', 900, 30, 86400),
    refreshTokenTtlSeconds: int('REFRESH_TOKEN_TTL_SECONDS', 30 * 86400, 300, 365 * 86400),
    refreshGraceSeconds: int('REFRESH_GRACE_SECONDS', 30, 0, 300),
    dataKey: dataKeyRaw,
    wechat: {
      appId: env.WECHAT_APP_ID ?? (prod ? '' : 'wx-dev-appid'),
      appSecret: secret('WECHAT_APP_SECRET', 16),
      apiBase: env.WECHAT_API_BASE ?? 'https://api.weixin.qq.com',
      timeoutMs: int('WECHAT_TIMEOUT_MS', 5000, 100, 60000),
      contentCheck: (env.CONTENT_CHECK ?? (prod ? 'on' : 'off')) === 'on',
      miniprogramState,
      templates: {
        repairStatus: template('WECHAT_TEMPLATE_REPAIR_STATUS', REPAIR_STATUS_SOURCES),
        broadcast: template('WECHAT_TEMPLATE_NOTICE', BROADCAST_SOURCES),
      },
      mediaCheck,
      push: pushToken ? { token: pushToken, aesKey: pushAesKey } : null,
    },
    sms: smsUrl
      ? {
          apiBase: smsUrl.replace(/\/+$/, ''),
          token: env.SMS_API_TOKEN ?? '',
          timeoutMs: int('SMS_TIMEOUT_MS', 5000, 100, 60000),
          signInTemplate: env.SMS_TEMPLATE_SIGN_IN ?? 'sign_in_code',
          broadcastTemplate: env.SMS_TEMPLATE_NOTICE ?? 'broadcast',
        }
      : null,
    smsBroadcasts: {
      enabled: (env.SMS_NOTICES ?? 'on') === 'on',
      perPhonePerDay: int('SMS_NOTICES_PER_PHONE_PER_DAY', 3, 1, 100),
      quiet: {
        from: int('SMS_QUIET_FROM_HOUR', 22, 0, 23),
        to: int('SMS_QUIET_TO_HOUR', 8, 0, 23),
      },
    },
    smsSignIn: {
      codeTtlSeconds: int('SMS_CODE_TTL_SECONDS', 300, 60, 1800),
      resendSeconds: int('SMS_CODE_RESEND_SECONDS', 60, 1, 3600),
      perPhonePerDay: int('SMS_CODES_PER_PHONE_PER_DAY', 10, 1, 1000),
      perIpPerHour: int('SMS_CODES_PER_IP_PER_HOUR', nodeEnv === 'test' ? 100000 : 30, 1, 100000),
      maxAttempts: int('SMS_CODE_MAX_ATTEMPTS', 5, 1, 20),
    },
    contentModeration: moderationUrl
      ? {
          url: moderationUrl,
          token: env.CONTENT_MODERATION_TOKEN ?? '',
          timeoutMs: int('CONTENT_MODERATION_TIMEOUT_MS', 5000, 100, 60000),
        }
      : null,
    publicBaseUrl,
    mediaUrlTtlSeconds: int('MEDIA_URL_TTL_SECONDS', 1800, 60, 3600),
    signInRateLimit: {
      // Test runs sign in hundreds of times from 127.0.0.1: generous defaults there; the rate-limit test sets its own.
      // Per IP is a coarse backstop (600 a minute): the owners of one community share a carrier NAT's address.
      perIp: int('SIGN_IN_RATE_PER_IP', nodeEnv === 'test' ? 100000 : 600, 1, 100000),
      perKey: int('SIGN_IN_RATE_PER_CODE', nodeEnv === 'test' ? 1000 : 5, 1, 1000),
      windowSeconds: int('SIGN_IN_RATE_WINDOW_SECONDS', 60, 1, 86400),
    },
    ballotRateLimit: {
      // Tests send up to 1 000 simultaneous ballots of one owner to prove the database keeps one: no limit there
      // unless a test sets its own.
      perPerson: int('BALLOT_RATE_PER_PERSON', nodeEnv === 'test' ? 1000000 : 10, 1, 1000000),
      paperPerPerson: int('PAPER_BALLOT_RATE_PER_PERSON', nodeEnv === 'test' ? 1000000 : 60, 1, 1000000),
      windowSeconds: int('BALLOT_RATE_WINDOW_SECONDS', 60, 1, 86400),
    },
    districtOverviewCacheSeconds: int('DISTRICT_OVERVIEW_CACHE_SECONDS', 30, 0, 3600),
    files: {
      driver,
      localDir: env.FILES_DIR ?? path.join(repoRoot, '.data', 'files'),
      maxImageBytes: int('MAX_IMAGE_BYTES', 10 * 1024 * 1024, 1024, 100 * 1024 * 1024),
      maxDocumentBytes: int('MAX_DOCUMENT_BYTES', 20 * 1024 * 1024, 1024, 200 * 1024 * 1024),
      s3,
    },
    h5Dir:
      env.H5_DIR ??
      (existsSync(path.join(repoRoot, 'apps/miniapp/dist/h5/index.html'))
        ? path.join(repoRoot, 'apps/miniapp/dist/h5')
        : null),
    logLevel,
    jobsEnabled: (env.JOBS ?? 'on') !== 'off',
    devLoginEnabled: !prod && (env.DEV_LOGIN ?? 'on') !== 'off',
    devLoginAnyone: nodeEnv === 'test' && (env.DEV_LOGIN_ANYONE ?? 'on') === 'on',
    version: env.APP_VERSION || '0.1.0',
  };
  if (prod && !config.wechat.appId) problems.push('WECHAT_APP_ID is required when NODE_ENV=production');
  if (problems.length) throw new ConfigError(problems);
  return config;
}
