import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type {
  AssessmentInputs,
  AssessmentStatus,
  AssessmentWeights,
  ComplaintStatus,
  ComplaintSubject,
  HoldBackBand,
  InspectionResult,
  InspectionStatus,
  ListEntryStatus,
  ListKind,
  MenuItem,
  SurveyWeighting,
} from '@gongzhi/domain';

/** The property-service contract (物业服务合同) with its service menu annex; active once a second member confirms. */
@Entity('supervision_contracts')
@Index('ix_supervision_contract_community', ['communityId', 'status'])
export class SupervisionContract {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Column({ name: 'company_name', type: 'varchar', length: 100 }) companyName: string;
  @Column({ name: 'term_start', type: 'date' }) termStart: string;
  @Column({ name: 'term_end', type: 'date' }) termEnd: string;
  @Column({ type: 'smallint' }) grade: number;
  /** Fee per m² per month by unit kind, in fen: [{ unitKind, fenPerM2 }]. */
  @Column({ type: 'jsonb' }) fees: Array<{ unitKind: string; fenPerM2: number }>;
  @Column({ type: 'jsonb' }) menu: MenuItem[];
  /** Fee hold-back term (Huzhou Art. 34, Shaoxing Art. 37), or null. */
  @Column({ name: 'hold_back', type: 'jsonb', nullable: true }) holdBack: {
    sharePermille: number;
    bands: HoldBackBand[];
  } | null;
  @Column({ name: 'attachment_ids', type: 'uuid', array: true, default: () => "'{}'" }) attachmentIds: string[];
  @Column({ type: 'varchar', length: 12, default: 'proposed' }) status: 'proposed' | 'active' | 'superseded';
  @Column({ name: 'proposed_by', type: 'uuid' }) proposedBy: string;
  @Column({ name: 'confirmed_by', type: 'uuid', nullable: true }) confirmedBy: string | null;
  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true }) confirmedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

export interface InspectionItemRecord {
  code: string;
  title: string;
  group: string;
  indicator: string;
  result: InspectionResult;
  place: string;
  note: string;
  fileIds: string[];
}

/** A monthly inspection (月度检查) by an officer against the menu, answered by the company, then published. */
@Entity('supervision_inspections')
@Index('ix_supervision_inspection_community', ['communityId', 'month'])
export class SupervisionInspection {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Column({ name: 'contract_id', type: 'uuid' }) contractId: string;
  @Column({ type: 'char', length: 7 }) month: string;
  @Column({ name: 'inspector_id', type: 'uuid' }) inspectorId: string;
  @Column({ name: 'inspector_role', type: 'varchar', length: 30 }) inspectorRole: string;
  @Column({ name: 'inspected_at', type: 'timestamptz' }) inspectedAt: Date;
  @Column({ type: 'jsonb' }) items: InspectionItemRecord[];
  /** Tenths of a point (0–1000). */
  @Column({ type: 'int' }) score: number;
  @Column({ type: 'varchar', length: 16, default: 'awaiting_reply' }) status: InspectionStatus;
  @Column({ name: 'reply_due_at', type: 'timestamptz' }) replyDueAt: Date;
  @Column({ type: 'varchar', length: 1000, nullable: true }) reply: string | null;
  @Column({ name: 'replied_by', type: 'uuid', nullable: true }) repliedBy: string | null;
  @Column({ name: 'replied_at', type: 'timestamptz', nullable: true }) repliedAt: Date | null;
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true }) publishedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** A household survey (住户满意度调查): questions rated 1–5, one answer per household of the frozen frame. */
@Entity('supervision_surveys')
@Index('ix_supervision_survey_community', ['communityId', 'createdAt'])
export class SupervisionSurvey {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Column({ type: 'varchar', length: 100 }) title: string;
  @Column({ type: 'jsonb' }) questions: string[];
  @Column({ type: 'varchar', length: 10 }) weighting: SurveyWeighting;
  @Column({ name: 'min_responses', type: 'int' }) minResponses: number;
  @Column({ name: 'min_rate_permille', type: 'int' }) minRatePermille: number;
  @Column({ type: 'varchar', length: 8, default: 'open' }) status: 'open' | 'closed';
  @Column({ name: 'created_by', type: 'uuid' }) createdBy: string;
  @Column({ name: 'closed_by', type: 'uuid', nullable: true }) closedBy: string | null;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** Append-only: the survey's frame, frozen when it opens (households, area, staff/committee flag). */
@Entity('supervision_survey_frame')
export class SupervisionSurveyFrame {
  @PrimaryColumn({ name: 'survey_id', type: 'uuid' }) surveyId: string;
  @PrimaryColumn({ name: 'unit_id', type: 'uuid' }) unitId: string;
  @Column({ name: 'area_hundredths', type: 'bigint' }) areaHundredths: string;
  @Column({ type: 'boolean' }) flagged: boolean;
}

/** Append-only: one answer per household (the unique index refuses a second). */
@Entity('supervision_survey_answers')
@Unique('uq_supervision_survey_answer', ['surveyId', 'unitId'])
export class SupervisionSurveyAnswer {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'survey_id', type: 'uuid' }) surveyId: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Column({ name: 'unit_id', type: 'uuid' }) unitId: string;
  @Index() @Column({ name: 'person_id', type: 'uuid' }) personId: string;
  @Column({ type: 'smallint', array: true }) ratings: number[];
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** A complaint or suggestion (投诉建议) about the property service or the committee, with its answer deadline. */
@Entity('supervision_complaints')
@Index('ix_supervision_complaint_community', ['communityId', 'createdAt'])
export class SupervisionComplaint {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Column({ type: 'varchar', length: 10 }) subject: ComplaintSubject;
  @Index() @Column({ name: 'complainant_id', type: 'uuid' }) complainantId: string;
  @Column({ type: 'varchar', length: 1000 }) body: string;
  /** The repair ticket this complaint is about, when it is really about a repair. */
  @Column({ name: 'repair_ticket_id', type: 'uuid', nullable: true }) repairTicketId: string | null;
  @Column({ type: 'varchar', length: 10, default: 'open' }) status: ComplaintStatus;
  @Column({ name: 'due_at', type: 'timestamptz' }) dueAt: Date;
  @Column({ type: 'varchar', length: 1000, nullable: true }) answer: string | null;
  @Column({ name: 'answered_by', type: 'uuid', nullable: true }) answeredBy: string | null;
  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true }) answeredAt: Date | null;
  @Column({ name: 'escalated_to', type: 'varchar', length: 12, nullable: true }) escalatedTo: string | null;
  @Column({ name: 'escalated_at', type: 'timestamptz', nullable: true }) escalatedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** The annual assessment (年度综合考评) of one community's property service, computed by the district. */
@Entity('supervision_assessments')
@Unique('uq_supervision_assessment', ['communityId', 'year'])
export class SupervisionAssessment {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ name: 'district_id', type: 'uuid' }) districtId: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Column({ type: 'smallint' }) year: number;
  @Column({ type: 'jsonb' }) weights: AssessmentWeights;
  @Column({ type: 'jsonb' }) inputs: AssessmentInputs;
  /** The raw figures behind the inputs (published with the score, for the recompute script). */
  @Column({ type: 'jsonb' }) figures: Record<string, unknown>;
  @Column({ type: 'int', nullable: true }) total: number | null;
  @Column({ name: 'peer_group', type: 'varchar', length: 40 }) peerGroup: string;
  @Column({ type: 'varchar', length: 16, default: 'awaiting_reply' }) status: AssessmentStatus;
  @Column({ name: 'computed_by', type: 'uuid' }) computedBy: string;
  @Column({ name: 'reply_due_at', type: 'timestamptz' }) replyDueAt: Date;
  @Column({ type: 'varchar', length: 1000, nullable: true }) reply: string | null;
  @Column({ name: 'replied_by', type: 'uuid', nullable: true }) repliedBy: string | null;
  @Column({ name: 'replied_at', type: 'timestamptz', nullable: true }) repliedAt: Date | null;
  @Column({ name: 'published_by', type: 'uuid', nullable: true }) publishedBy: string | null;
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true }) publishedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** A red or black list entry (红黑榜): proposed by the rules, confirmed and countersigned by two officers. */
@Entity('supervision_list_entries')
@Unique('uq_supervision_list_entry', ['assessmentId'])
export class SupervisionListEntry {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ name: 'district_id', type: 'uuid' }) districtId: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Column({ name: 'assessment_id', type: 'uuid' }) assessmentId: string;
  @Column({ type: 'smallint' }) year: number;
  @Column({ type: 'varchar', length: 5 }) list: ListKind;
  @Column({ type: 'varchar', length: 300 }) reason: string;
  @Column({ type: 'varchar', length: 16, default: 'proposed' }) status: ListEntryStatus;
  @Column({ name: 'confirmed_by', type: 'uuid', nullable: true }) confirmedBy: string | null;
  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true }) confirmedAt: Date | null;
  @Column({ name: 'countersigned_by', type: 'uuid', nullable: true }) countersignedBy: string | null;
  @Column({ name: 'countersigned_at', type: 'timestamptz', nullable: true }) countersignedAt: Date | null;
  @Column({ name: 'reply_due_at', type: 'timestamptz', nullable: true }) replyDueAt: Date | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) reply: string | null;
  @Column({ name: 'replied_at', type: 'timestamptz', nullable: true }) repliedAt: Date | null;
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true }) publishedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/**
 * A fee hold-back release (Huzhou Art. 34, Shaoxing Art. 37): proposed by a committee member from the contract's
 * bands and a closed owners' survey, approved by ANOTHER member; approval writes the posting.
 */
@Entity('supervision_holdback_releases')
@Index('ix_supervision_holdback_community', ['communityId', 'createdAt'])
export class SupervisionHoldbackRelease {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Column({ name: 'contract_id', type: 'uuid' }) contractId: string;
  @Column({ name: 'survey_id', type: 'uuid' }) surveyId: string;
  @Column({ type: 'varchar', length: 20 }) period: string;
  @Column({ name: 'held_fen', type: 'bigint' }) heldFen: string;
  @Column({ type: 'int' }) score: number;
  @Column({ name: 'release_permille', type: 'int' }) releasePermille: number;
  @Column({ name: 'release_fen', type: 'bigint' }) releaseFen: string;
  @Column({ type: 'varchar', length: 10, default: 'proposed' }) status: 'proposed' | 'approved';
  @Column({ name: 'proposed_by', type: 'uuid' }) proposedBy: string;
  @Column({ name: 'approved_by', type: 'uuid', nullable: true }) approvedBy: string | null;
  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true }) approvedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/**
 * Append-only: a posting in the community's fee hold-back account (物业费预留账户), kept apart from the public-income
 * ledger. Each names the release it executes, the evaluation it cites, who proposed and who approved it.
 */
@Entity('supervision_holdback_postings')
@Unique('uq_supervision_holdback_posting', ['releaseId'])
export class SupervisionHoldbackPosting {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id: string;
  @Column({ name: 'community_id', type: 'uuid' }) communityId: string;
  @Column({ name: 'release_id', type: 'uuid' }) releaseId: string;
  @Column({ name: 'survey_id', type: 'uuid' }) surveyId: string;
  /** Released to the company, in fen (the rest stays held). */
  @Column({ name: 'amount_fen', type: 'bigint' }) amountFen: string;
  @Column({ name: 'withheld_fen', type: 'bigint' }) withheldFen: string;
  @Column({ name: 'proposed_by', type: 'uuid' }) proposedBy: string;
  @Column({ name: 'approved_by', type: 'uuid' }) approvedBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

export const SUPERVISION_ENTITIES = [
  SupervisionContract,
  SupervisionInspection,
  SupervisionSurvey,
  SupervisionSurveyFrame,
  SupervisionSurveyAnswer,
  SupervisionComplaint,
  SupervisionAssessment,
  SupervisionListEntry,
  SupervisionHoldbackRelease,
  SupervisionHoldbackPosting,
];
