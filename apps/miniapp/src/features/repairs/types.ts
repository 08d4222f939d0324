import type { components } from '@gongzhi/api-client';

type S = components['schemas'];
export type Ticket = S['RepairTicketDto'];
export type TicketDetail = S['RepairTicketDetailDto'];
export type TimelineEvent = S['TimelineEventDto'];
export type Photo = S['PhotoDto'];
export type Category = S['CategoryDto'];
export type UnitRef = S['UnitRefDto'];
export type StaffRef = S['StaffRefDto'];
export type Queue = S['RepairQueueDto'];
export type Stats = S['RepairStatsDto'];
export type FollowUp = S['FollowUpDto'];
export type Message = S['MessageDto'];
export type UploadedFile = S['FileDto'];
