import { type INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';
import path from 'node:path';
import { existsSync } from 'node:fs';
import type { AppConfig } from './config/config.js';
import { ErrorEnvelopeFilter } from './common/error.filter.js';
import { requestContext } from './common/request-context.js';
import { applyServerTimeouts, bodyDeadline, securityHeaders } from './common/http-hardening.js';
import type { Server } from 'node:http';
import { createValidationPipe, RejectNulBytesPipe } from './common/validation.js';
import { API_CONTRACT_VERSION } from './openapi.js';

/**
 * The one bootstrap: main.ts, every e2e test and the benchmarks call this, so what is tested is what runs.
 */
export function bootstrap(app: NestExpressApplication, config: AppConfig): OpenAPIObject {
  app.disable('x-powered-by');
  // X-Forwarded-For is believed only from the proxies named in TRUSTED_PROXIES (none by default): otherwise any
  // client could name its own IP and walk around the per-IP limits.
  app.set('trust proxy', config.trustedProxies.length ? config.trustedProxies : false);
  applyServerTimeouts(app.getHttpServer() as Server, config.requestTimeouts);
  app.use(securityHeaders(config));
  app.use(requestContext);
  // WeChat's 消息推送 may not send application/json: its JSON body is parsed whatever the content type.
  app.use('/api/v1/wechat/push', express.json({ limit: '64kb', type: () => true }));
  app.use(bodyDeadline(config.requestTimeouts));
  app.use(express.json({ limit: '1mb' }));
  app.useGlobalPipes(new RejectNulBytesPipe(), createValidationPipe());
  app.useGlobalFilters(new ErrorEnvelopeFilter());
  app.enableShutdownHooks();
  const document = buildOpenApiDocument(app);
  if (config.apiDocs)
    SwaggerModule.setup('api/docs', app, document, {
      jsonDocumentUrl: 'api/openapi.json',
      customSiteTitle: '共治 API',
    });
  if (config.h5Dir && existsSync(path.join(config.h5Dir, 'index.html'))) {
    const h5Dir = config.h5Dir;
    const isApi = (p: string) => p.startsWith('/api') || p === '/healthz' || p === '/readyz';
    // Static files only outside the API: mounted for every path, express.static stat()s the disk on every API request.
    const h5Files = express.static(h5Dir, { index: false, maxAge: '1h' });
    app.use((req: express.Request, res: express.Response, next: express.NextFunction) =>
      isApi(req.path) ? next() : h5Files(req, res, next),
    );
    // Single-page app: any non-API GET falls back to index.html.
    app.use((req: express.Request, res: express.Response, next: express.NextFunction) => {
      if (req.method !== 'GET' || isApi(req.path)) return next();
      res.sendFile(path.join(h5Dir, 'index.html'));
    });
  }
  return document;
}

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle('共治 Gongzhi API')
    .setDescription(
      '小区自治平台 API：身份与小区、报修、业主表决、公共收益台账。错误统一为 { error: { code, message, details } }。',
    )
    .setVersion(API_CONTRACT_VERSION)
    .addBearerAuth()
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-Community-Id' }, 'community')
    .build();
  return SwaggerModule.createDocument(app, builder, {
    operationIdFactory: (controller, method) => `${controller.replace(/Controller$/, '')}_${method}`,
  });
}
