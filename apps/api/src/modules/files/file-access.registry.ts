import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/current-user.js';

/** The signed-in caller as the auth guard puts it on the request. */
export type FileReader = Actor;

/** Whether `user` may see the record `ownerId` (of the owner type it was registered for) in `communityId`. */
export type FileAccessCheck = (user: FileReader, ownerId: string, communityId: string) => Promise<boolean>;

/**
 * Who may read an attached file is the rule of the record it is attached to. Each domain module registers its
 * rule for its owner type at start-up (e.g. repairs: `register('repair_ticket', …)`); a file attached to an
 * owner type nobody registered is readable by no one.
 */
@Injectable()
export class FileAccessRegistry {
  private readonly checks = new Map<string, FileAccessCheck>();

  register(ownerType: string, check: FileAccessCheck): void {
    if (this.checks.has(ownerType)) throw new Error(`file access rule for "${ownerType}" registered twice`);
    this.checks.set(ownerType, check);
  }

  async canRead(user: FileReader, ownerType: string, ownerId: string, communityId: string): Promise<boolean> {
    const check = this.checks.get(ownerType);
    if (!check) return false;
    return check(user, ownerId, communityId);
  }
}
