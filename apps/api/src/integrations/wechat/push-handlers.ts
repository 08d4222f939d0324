import { Injectable } from '@nestjs/common';

/** A decrypted push message (JSON data format), without the sender's openid. */
export type PushMessage = Record<string, unknown> & { MsgType?: string; Event?: string };

/** What a handler did with a push: stored as the event's outcome. */
export interface PushOutcome {
  outcome: string;
  communityId?: string | null;
}

export type PushHandler = (msg: PushMessage & { FromUserName?: string }) => Promise<PushOutcome>;

/**
 * Who handles which 消息推送 event (`Event` of an event message, e.g. `wxa_media_check`). Modules register at
 * start-up (files: image check results; notifications later: subscribe-message events such as
 * `subscribe_msg_popup_event`). An event nobody registered is stored as `ignored` and answered `success`.
 */
@Injectable()
export class WechatPushHandlers {
  private readonly handlers = new Map<string, PushHandler>();

  register(event: string, handler: PushHandler): void {
    if (this.handlers.has(event)) throw new Error(`push handler for "${event}" registered twice`);
    this.handlers.set(event, handler);
  }

  get(event: string): PushHandler | undefined {
    return this.handlers.get(event);
  }
}
