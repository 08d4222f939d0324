/**
 * Personal data that must not reach someone else (ASVS V8.3, PIPL): full mobile numbers, WeChat openids and session
 * keys, resident ID numbers. Masked phones (138****0000) and the caller's own number are fine.
 */
export interface ExposureFinding {
  kind: 'phone' | 'openid' | 'sessionKey' | 'idNumber';
  sample: string;
  where?: string;
}

const PHONE = /(?<![\w-])1[3-9]\d{9}(?![\w-])/g;
const OPENID_KEY = /"(openid|openId|unionid|unionId|sessionKey|session_key)"\s*:/g;
const OPENID_VALUE = /(?<![A-Za-z0-9_-])o[A-Za-z0-9_-]{27}(?![A-Za-z0-9_-])/g;
const ID_NUMBER = /(?<![\w-])[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![\w-])/g;

export function scanExposure(
  text: string,
  opts: { ownPhone?: string; ownIdNumber?: string; phonesAllowed?: boolean },
): { findings: ExposureFinding[]; documentedPhones: number } {
  const findings: ExposureFinding[] = [];
  let documentedPhones = 0;
  for (const m of text.match(PHONE) ?? []) {
    if (m === opts.ownPhone) continue;
    if (opts.phonesAllowed) documentedPhones++;
    else findings.push({ kind: 'phone', sample: `${m.slice(0, 3)}****${m.slice(7)}` });
  }
  for (const m of text.match(OPENID_KEY) ?? [])
    findings.push({ kind: m.includes('ession') ? 'sessionKey' : 'openid', sample: m });
  for (const m of text.match(OPENID_VALUE) ?? []) findings.push({ kind: 'openid', sample: `${m.slice(0, 4)}…` });
  for (const m of text.match(ID_NUMBER) ?? [])
    if (m !== opts.ownIdNumber) findings.push({ kind: 'idNumber', sample: `${m.slice(0, 6)}…` });
  return { findings, documentedPhones };
}
