import { hash } from 'node:crypto';

/**
 * node:crypto's sha256 of UTF-8 text as 64 lowercase hex digits: the same digest as the domain's pure `sha256`
 * (packages/domain/src/sha256.ts, which the mini-program uses to verify), many times faster. Passed to the domain's
 * `linkHash` / `verifyChain` wherever the API builds or checks a hash chain (src/common/sha256.spec.ts proves they agree).
 */
export function nodeSha256(text: string): string {
  return hash('sha256', text, 'hex'); // one-shot (no Hash object per call); strings are hashed as UTF-8
}
