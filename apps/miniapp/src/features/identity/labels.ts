import type { components } from '@gongzhi/api-client';

export type Binding = components['schemas']['BindingDto'];
export type Relation = Binding['relation'];
export type BindingStatus = Binding['status'];

export const RELATION_OPTIONS: ReadonlyArray<{ value: Relation; label: string; hint: string }> = [
  { value: 'owner', label: '业主', hint: '房产证上有我的名字' },
  { value: 'family', label: '家属', hint: '业主的家庭成员' },
  { value: 'tenant', label: '租户', hint: '租住在这里' },
];

export function relationLabel(relation: string): string {
  return RELATION_OPTIONS.find((r) => r.value === relation)?.label ?? relation;
}

export const STATUS_LABELS: Record<BindingStatus, string> = {
  pending: '审核中',
  approved: '已绑定',
  rejected: '未通过',
  removed: '已解除',
};

export function statusLabel(status: string): string {
  return STATUS_LABELS[status as BindingStatus] ?? status;
}

/** 「1幢 1单元 101」; shops and parking spaces have no entrance. */
export function unitLabel(u: { building: string; entrance: string; room: string }): string {
  return [u.building, u.entrance, u.room].filter((x) => x && x.trim() !== '').join(' ');
}

/**
 * The roster names buildings 「1幢」 and entrances 「1单元」. Older residents often type just the number: a bare
 * number gets the suffix, anything else is kept as typed (「商业楼」, 「地下车库」).
 */
export function normaliseBuilding(input: string): string {
  const t = input.trim();
  return /^\d+$/.test(t) ? `${t}幢` : t.replace(/栋$/, '幢');
}

export function normaliseEntrance(input: string): string {
  const t = input.trim();
  return /^\d+$/.test(t) ? `${t}单元` : t;
}

/** 「2026年11月22日」 from an ISO date. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
}
