import { formatFen, TICKET_STATUS_LABELS, type TicketStatus } from '@gongzhi/domain/client';

const CHINA_OFFSET_MS = 8 * 60 * 60_000;

/** "11月22日 14:02" in China time (the phone's own zone may differ in H5 tests). */
export function timeLabel(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(new Date(iso).getTime() + CHINA_OFFSET_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** 95 → "1小时35分钟"; 3000 → "2天2小时". */
export function minutesLabel(minutes: number | null | undefined): string {
  if (minutes === null || minutes === undefined) return '暂无';
  const m = Math.round(minutes);
  if (m < 60) return `${m}分钟`;
  const days = Math.floor(m / 1440);
  const hours = Math.floor((m % 1440) / 60);
  const rest = m % 60;
  if (days > 0) return hours ? `${days}天${hours}小时` : `${days}天`;
  return rest ? `${hours}小时${rest}分钟` : `${hours}小时`;
}

/** 0.8333 → "83%" (null → "暂无"). */
export function shareLabel(share: number | null | undefined): string {
  if (share === null || share === undefined) return '暂无';
  return `${Math.round(share * 100)}%`;
}

/** A quote in fen (decimal string from the API) shown as ¥. */
export function quoteLabel(amountFen: string | null | undefined): string {
  if (!amountFen || !/^\d+$/.test(amountFen)) return '';
  return formatFen(amountFen);
}

export function statusLabel(status: string): string {
  return TICKET_STATUS_LABELS[status as TicketStatus] ?? status;
}

/** Colour group of a status badge. */
export function statusTone(status: string): 'open' | 'wait' | 'good' | 'bad' | 'off' {
  switch (status) {
    case 'done':
    case 'awaiting_quote_acceptance':
      return 'wait';
    case 'confirmed':
      return 'good';
    case 'closed_not_fixed':
    case 'closed_unconfirmed':
      return 'bad';
    case 'cancelled':
      return 'off';
    default:
      return 'open';
  }
}

/** The big one-character icon of a category (no emoji font on many phones/PCs; a character always renders). */
const ICONS: Record<string, string> = {
  water: '水',
  electricity: '电',
  gas: '气',
  lift: '梯',
  doors_windows: '窗',
  walls_leaks: '墙',
  public_facilities: '公',
  other: '其',
};

export function categoryIcon(code: string, name: string): string {
  return ICONS[code] ?? name.slice(0, 1);
}
