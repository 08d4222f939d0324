import {
  DECLINE_REASON_LABELS,
  TICKET_ACTION_LABELS,
  TICKET_STATUS_LABELS,
  availableActions,
  isOverdue,
  isTerminal,
  maskName,
  maskPhone,
  type DeclineReason,
  type TicketAction,
  type TicketStatus,
} from '@gongzhi/domain';
import type { PhotoDto, RepairTicketDetailDto, RepairTicketDto, TimelineEventDto } from './dto/repair.response.dto.js';
import type { RepairEvent } from './entities/repair-event.entity.js';
import type { RepairTicket } from './entities/repair-ticket.entity.js';
import { capacities, seesPeople, type Viewer } from './repairs.access.js';

/** What the mapper needs besides the row: names and phones (decrypted) of the people involved, unit labels, +1s. */
export interface MapContext {
  viewer: Viewer;
  people: Map<string, { name: string; phone: string | null }>;
  units: Map<string, string>;
  meToo: Map<string, { count: number; mine: boolean }>;
  /** Photo ids of the report (the submit event), per ticket. */
  reportPhotos: Map<string, string[]>;
  now: Date;
}

const MINUTE = 60_000;
const iso = (d: Date | null) => (d ? d.toISOString() : null);
const photo = (id: string): PhotoDto => ({
  id,
  url: `/api/v1/files/${id}/content`,
  thumbnailUrl: `/api/v1/files/${id}/thumbnail?size=small`,
});
/** Moves only the assigned worker (or a manager) may make. */
const ASSIGNEE_ONLY: readonly TicketAction[] = ['start', 'request_quote', 'complete'];
const ACTION_LABELS: Record<string, string> = { ...TICKET_ACTION_LABELS, submit: '提交报修', rate: '评价' };

function reporterView(t: RepairTicket, ctx: MapContext) {
  const p = ctx.people.get(t.reporterId);
  const name = p?.name ?? '住户';
  const v = ctx.viewer;
  if (t.reporterId === v.personId || v.isProperty) return { name, phone: p?.phone ?? null };
  if (v.isCommittee) return { name, phone: p?.phone ? maskPhone(p.phone) : null };
  return { name: maskName(name), phone: null };
}

export function actionsFor(t: RepairTicket, v: Viewer): TicketAction[] {
  const out = new Set<TicketAction>();
  for (const c of capacities(t, v)) {
    for (const a of availableActions(t.status, c)) {
      if (c === 'staff' && !v.isManager && ASSIGNEE_ONLY.includes(a) && t.assigneeId !== v.personId) continue;
      out.add(a);
    }
  }
  return [...out];
}

export function canRate(t: RepairTicket, v: Viewer): boolean {
  return t.reporterId === v.personId && t.rating === null && isTerminal(t.status) && t.status !== 'cancelled';
}

export function canMeToo(t: RepairTicket, v: Viewer, mine: boolean): boolean {
  return t.areaKind === 'common' && v.isResident && t.reporterId !== v.personId && !mine && !isTerminal(t.status);
}

export function toRepairTicketDto(t: RepairTicket, ctx: MapContext): RepairTicketDto {
  const target = { respondMinutes: t.respondTargetMinutes, resolveMinutes: t.resolveTargetMinutes };
  const overdue = isOverdue(
    {
      priority: t.urgency,
      status: t.status,
      submittedAt: t.createdAt,
      respondedAt: t.respondedAt,
      resolvedAt: t.resolvedAt,
    },
    ctx.now,
    { urgent: target, normal: target },
  );
  const meToo = ctx.meToo.get(t.id) ?? { count: 0, mine: false };
  return {
    id: t.id,
    areaKind: t.areaKind,
    unit: t.unitId ? { id: t.unitId, label: ctx.units.get(t.unitId) ?? '' } : null,
    categoryCode: t.categoryCode,
    categoryName: t.categoryName,
    urgency: t.urgency,
    description: t.description,
    location: t.location,
    preferredTime: t.preferredTime,
    status: t.status,
    statusLabel: TICKET_STATUS_LABELS[t.status],
    reporter: reporterView(t, ctx),
    isMine: t.reporterId === ctx.viewer.personId,
    assigneeName: t.assigneeId ? (ctx.people.get(t.assigneeId)?.name ?? null) : null,
    assignedToMe: t.assigneeId === ctx.viewer.personId,
    createdAt: t.createdAt.toISOString(),
    respondDueAt: new Date(t.createdAt.getTime() + t.respondTargetMinutes * MINUTE).toISOString(),
    resolveDueAt: new Date(t.createdAt.getTime() + t.resolveTargetMinutes * MINUTE).toISOString(),
    respondedAt: iso(t.respondedAt),
    resolvedAt: iso(t.resolvedAt),
    closedAt: iso(t.closedAt),
    overdue,
    reopenCount: t.reopenCount,
    quoteAmountFen: t.quoteAmountFen === null ? null : BigInt(t.quoteAmountFen).toString(),
    quoteAcceptedAt: iso(t.quoteAcceptedAt),
    declineReason: t.declineReason,
    declineReasonLabel: t.declineReason ? (DECLINE_REASON_LABELS[t.declineReason as DeclineReason] ?? null) : null,
    rating:
      t.rating === null
        ? null
        : { score: t.rating, tags: t.ratingTags ?? [], comment: t.ratingComment, ratedAt: t.ratedAt!.toISOString() },
    meTooCount: meToo.count,
    meTooByMe: meToo.mine,
    photos: (ctx.reportPhotos.get(t.id) ?? []).map(photo),
    actions: actionsFor(t, ctx.viewer),
    canRate: canRate(t, ctx.viewer),
    canMeToo: canMeToo(t, ctx.viewer, meToo.mine),
  };
}

/** Event details without other people's internal ids: an assignee id becomes the assignee's name. */
function publicDetails(details: Record<string, unknown>, ctx: MapContext): Record<string, unknown> {
  const { assigneeId, ...rest } = details;
  return typeof assigneeId === 'string' ? { ...rest, assigneeName: ctx.people.get(assigneeId)?.name ?? null } : rest;
}

function eventView(e: RepairEvent, t: RepairTicket, ctx: MapContext): TimelineEventDto {
  let actorName = '系统';
  if (e.actorId) {
    const name = ctx.people.get(e.actorId)?.name ?? '用户';
    // Property staff act in public; residents' names are masked for other residents.
    const isResidentActor = e.actorRole === 'reporter' || e.actorRole === 'resident';
    actorName =
      isResidentActor && !seesPeople(t, ctx.viewer) && e.actorId !== ctx.viewer.personId ? maskName(name) : name;
  }
  return {
    id: e.id,
    action: e.action,
    actionLabel: ACTION_LABELS[e.action] ?? e.action,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    toStatusLabel: TICKET_STATUS_LABELS[e.toStatus as TicketStatus] ?? e.toStatus,
    actorRole: e.actorRole,
    actorName,
    note: e.note,
    photos: e.photoIds.map(photo),
    details: publicDetails(e.details, ctx),
    at: e.createdAt.toISOString(),
  };
}

export function toRepairTicketDetailDto(
  t: RepairTicket,
  events: RepairEvent[],
  ctx: MapContext,
): RepairTicketDetailDto {
  return { ...toRepairTicketDto(t, ctx), timeline: events.map((e) => eventView(e, t, ctx)) };
}
