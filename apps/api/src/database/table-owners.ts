/**
 * Which module owns each table (and view) — the one place that says so. A module's SQL (the `.ts` files under
 * `src/modules/<module>/`) may name the tables it owns; any other table it names must be listed in
 * CROSS_MODULE_ACCESS with the reason. `src/database/table-owners.spec.ts` reads every module's SQL and fails on a
 * table named without either, on an unknown table, and on a listed access no longer used. Tables written by
 * triggers only (the monthly rollups) belong to the module whose rows feed them. docs/architecture.md shows this map.
 */
export const TABLE_OWNERS = {
  // identity: people, sign-in, communities, derived roles
  persons: 'identity',
  refresh_tokens: 'identity',
  sms_sign_in_codes: 'identity', // SMS sign-in codes of officials (issue 19), hashed
  districts: 'identity',
  communities: 'identity',
  subdistricts: 'identity', // 街道办事处 (issue 16)
  community_roles: 'identity', // view (migration 1763914000000)
  bound_units: 'identity', // view (migration 1763914000000)
  // roster: the property register
  buildings: 'roster',
  units: 'roster',
  ownerships: 'roster',
  roster_imports: 'roster', // previews and proposals (issue 17: kind import | merge)
  roster_confirmations: 'roster', // two committee members confirm a proposal
  roster_changes: 'roster', // the field-by-field change record, append-only
  roster_objections: 'roster', // an affected owner's objection and its answer
  // binding: bindings (residencies) and role assignments
  residencies: 'binding',
  binding_claims: 'binding',
  role_assignments: 'binding',
  binding_approvals: 'binding', // two committee members confirm an owner binding (issue 13)
  owner_links: 'binding', // roster identity → verified account
  owner_link_revocations: 'binding',
  // repairs
  repair_tickets: 'repairs',
  repair_events: 'repairs',
  repair_categories: 'repairs',
  repair_follow_ups: 'repairs',
  repair_me_toos: 'repairs',
  repair_stats_monthly: 'repairs',
  repair_stats_monthly_categories: 'repairs',
  // votes
  resolutions: 'votes',
  resolution_items: 'votes',
  resolution_approvals: 'votes',
  resolution_objections: 'votes',
  electorate_units: 'votes',
  electorate_voters: 'votes',
  ballots: 'votes',
  vote_reminders: 'votes',
  paper_ballot_reviews: 'votes',
  designated_voter_changes: 'votes',
  designated_voter_consents: 'votes',
  // ledger
  ledger_accounts: 'ledger',
  ledger_entries: 'ledger',
  ledger_postings: 'ledger',
  ledger_statements: 'ledger',
  ledger_questions: 'ledger',
  ledger_monthly_totals: 'ledger',
  ledger_publication_reminders: 'ledger',
  // notices (issue 23)
  notice_drafts: 'notices',
  notice_approvals: 'notices',
  notices: 'notices', // published, hash-chained, append-only
  notice_events: 'notices', // pin, unpin, extend; append-only
  notice_reads: 'notices', // reads and acknowledgements per person
  notice_board_postings: 'notices', // the photo of the notice on the board; append-only
  // committee: terms from elections and filings, 物业管理委员会 (issue 16)
  committee_terms: 'committee',
  committee_candidates: 'committee',
  committee_members: 'committee',
  committee_officer_votes: 'committee',
  committee_confirmations: 'committee',
  // one table each
  messages: 'inbox',
  audit_log: 'audit',
  files: 'files',
  media_checks: 'files', // image content checks (issue 22)
  media_check_traces: 'files',
  outbox: 'jobs',
  subscribe_message_sends: 'notifications',
  broadcasts: 'notifications', // the channel ladder (issue 19)
  broadcast_recipients: 'notifications',
  broadcast_attempts: 'notifications', // evidence of every attempt, append-only
  wechat_used_codes: 'wechat',
  wechat_push_events: 'wechat', // 消息推送 received (issue 22)
  // supervision (issue 25): the contract's service menu, inspections, surveys, complaints, assessment, lists
  supervision_contracts: 'supervision',
  supervision_inspections: 'supervision',
  supervision_surveys: 'supervision',
  supervision_survey_frame: 'supervision', // frozen when a survey opens, append-only
  supervision_survey_answers: 'supervision', // one per household, append-only
  supervision_complaints: 'supervision',
  supervision_assessments: 'supervision',
  supervision_list_entries: 'supervision',
  supervision_holdback_releases: 'supervision', // fee hold-back releases, approved by a second member
  supervision_holdback_postings: 'supervision', // the fee hold-back account, append-only
  idempotency_keys: 'common', // src/common/idempotency.ts
  rate_limit_counters: 'common', // src/common/rate-limit.repository.ts (issue 28)
} as const;

export type OwnedTable = keyof typeof TABLE_OWNERS;

export interface CrossModuleAccess {
  module: string;
  table: OwnedTable;
  access: 'read' | 'write';
  reason: string;
  /** Only in this file of the module (e.g. the development seed). */
  file?: string;
}

const DIRECTORY_READ = 'names, units and communities shown beside its own rows (read-only joins on keys)';
const ERASURE = 'erasure (PIPL Art. 47) rewrites every row of the person in one transaction';
const REGISTER = 'a roster import creates the persons and ends the bindings it supersedes in its transaction';
const GROUP_COMMIT = 'the ballot group commit writes ballots, their audit rows and idempotency keys in ONE statement';

/**
 * Every place a module names a table it does not own. Reads are joins for display or aggregates across modules;
 * writes are listed debts to move behind the owner's service (see docs/architecture.md, "Table ownership").
 */
export const CROSS_MODULE_ACCESS: readonly CrossModuleAccess[] = [
  { module: 'binding', table: 'supervision_complaints', access: 'read', reason: 'my data: the complaints I made' },
  { module: 'binding', table: 'supervision_survey_answers', access: 'read', reason: 'my data: the surveys I answered' },
  {
    module: 'binding',
    table: 'supervision_surveys',
    access: 'read',
    reason: 'my data: the title of each survey I answered',
  },
  { module: 'privacy', table: 'supervision_complaints', access: 'write', reason: ERASURE },
  // supervision reads the roster, roles, repairs and community settings for its frames and figures
  {
    module: 'supervision',
    table: 'units',
    access: 'read',
    reason: 'the survey frame, household counts and fees by building',
  },
  {
    module: 'supervision',
    table: 'buildings',
    access: 'read',
    reason: "each building's monthly fee under the contract",
  },
  {
    module: 'supervision',
    table: 'bound_units',
    access: 'read',
    reason: "one answer per household: the caller's units; staff flags",
  },
  {
    module: 'supervision',
    table: 'community_roles',
    access: 'read',
    reason: 'staff and committee households flagged; who is told',
  },
  {
    module: 'supervision',
    table: 'role_assignments',
    access: 'read',
    reason: 'the district regulators a late complaint goes to',
  },
  {
    module: 'supervision',
    table: 'repair_tickets',
    access: 'read',
    reason: 'the repair on-time figure of the annual assessment; a complaint citing a ticket',
  },
  {
    module: 'supervision',
    table: 'communities',
    access: 'read',
    reason: 'city-profile day settings, district and name',
  },
  { module: 'supervision', table: 'persons', access: 'read', reason: DIRECTORY_READ },
  // identity derives roles and memberships from the binding module's assignments
  {
    module: 'identity',
    table: 'role_assignments',
    access: 'read',
    reason: 'district and platform roles of /me and the guard; who may sign in by SMS code (officials)',
  },
  { module: 'identity', table: 'residencies', access: 'read', reason: 'the development sign-in list of seeded people' },
  {
    module: 'identity',
    table: 'ownerships',
    access: 'read',
    reason: 'dev login takes only seeded demo people (a role, ownership or binding in the demo district)',
  },
  ...(
    [
      ['buildings', 'write'],
      ['units', 'write'],
      ['ownerships', 'write'],
      ['role_assignments', 'write'],
      ['residencies', 'write'],
    ] as const
  ).map(([table, access]): CrossModuleAccess => ({
    module: 'identity',
    table,
    access,
    file: 'demo-seed.ts',
    reason: 'the development demo data (never loaded in production)',
  })),
  // binding
  ...(['persons', 'communities', 'districts', 'buildings', 'units', 'ownerships'] as const).map(
    (table): CrossModuleAccess => ({ module: 'binding', table, access: 'read', reason: DIRECTORY_READ }),
  ),
  {
    module: 'binding',
    table: 'ownerships',
    access: 'write',
    reason: 'a verified phone takes over the roster ownerships recorded under it',
  },
  {
    module: 'binding',
    table: 'persons',
    access: 'write',
    reason: 'assigning a role to a phone not seen yet creates the person',
  },
  ...(['notice_reads', 'notices'] as const).map((table): CrossModuleAccess => ({
    module: 'binding',
    table,
    access: 'read',
    reason: 'the notices the person read, in their personal-data export',
  })),
  {
    module: 'binding',
    table: 'roster_objections',
    access: 'read',
    reason: "the person's roster objections in their personal-data export",
  },
  {
    module: 'binding',
    table: 'paper_ballot_reviews',
    access: 'read',
    reason: "the person's disputes of paper ballots (with their reason) in their personal-data export",
  },
  // district: the bureau's overview aggregates every module's figures per community
  ...(
    [
      'communities',
      'districts',
      'units',
      'repair_tickets',
      'repair_stats_monthly',
      'repair_stats_monthly_categories',
      'resolutions',
      'ledger_statements',
      'ledger_postings',
    ] as const
  ).map((table): CrossModuleAccess => ({
    module: 'district',
    table,
    access: 'read',
    reason: 'the district overview and statistics: one indexed aggregate per community across modules',
  })),
  // district dashboard (issue 26): the metric dictionary's inputs and the records behind a figure
  ...(['role_assignments', 'electorate_voters', 'ballots', 'repair_events'] as const).map(
    (table): CrossModuleAccess => ({
      module: 'district',
      table,
      access: 'read',
      reason:
        'the district dashboard: coverage (property manager, committee), vote turnout from the frozen electorate and ballots, a ticket timeline for the regulator',
    }),
  ),
  // ledger
  {
    module: 'ledger',
    table: 'files',
    access: 'read',
    reason: 'the attachments of an entry (FilesService checks access)',
  },
  { module: 'ledger', table: 'communities', access: 'read', reason: 'the communities the daily reminder job visits' },
  { module: 'ledger', table: 'role_assignments', access: 'read', reason: 'the committee members a reminder goes to' },
  {
    module: 'files',
    table: 'persons',
    access: 'read',
    reason: "the uploader's openid for WeChat's image check (media_check_async needs it)",
  },
  // notices: reach is counted in households against the roster (issue 23)
  ...(['units', 'buildings', 'ownerships', 'residencies', 'bound_units'] as const).map((table): CrossModuleAccess => ({
    module: 'notices',
    table,
    access: 'read',
    reason: 'reach in households: the addressed units, their area and members (owners for owner-addressed notices)',
  })),
  {
    module: 'notices',
    table: 'role_assignments',
    access: 'read',
    reason: 'the committee size a decision needs more than half of, and whether a draft author is a member',
  },
  { module: 'notices', table: 'communities', access: 'read', reason: "the community's name on the poster" },
  // notifications: the subscribe-message worker reads the message it delivers
  {
    module: 'notifications',
    table: 'messages',
    access: 'read',
    reason: 'the in-app message a WeChat subscribe message mirrors',
  },
  { module: 'notifications', table: 'persons', access: 'read', reason: 'the openid and roster phone to send to' },
  { module: 'notifications', table: 'units', access: 'read', reason: 'the households of a broadcast and their labels' },
  { module: 'notifications', table: 'buildings', access: 'read', reason: 'the building of a household label' },
  {
    module: 'notifications',
    table: 'ownerships',
    access: 'read',
    reason: 'who to tell for a household; the designated voter an SMS goes to',
  },
  { module: 'notifications', table: 'owner_links', access: 'read', reason: 'the account linked to a roster owner' },
  {
    module: 'notifications',
    table: 'owner_link_revocations',
    access: 'read',
    reason: 'a revoked link tells no one',
  },
  { module: 'notifications', table: 'communities', access: 'read', reason: 'the community name in a broadcast' },
  { module: 'notifications', table: 'repair_tickets', access: 'read', reason: 'the ticket fields of the template' },
  // todos: 「待我处理」 counts (reads only)
  {
    module: 'todos',
    table: 'electorate_voters',
    access: 'read',
    reason: 'the open votes the caller has a vote in (待投票)',
  },
  { module: 'todos', table: 'resolutions', access: 'read', reason: 'open votes and drafts waiting for the caller' },
  { module: 'todos', table: 'ballots', access: 'read', reason: 'whether the caller has voted' },
  { module: 'todos', table: 'resolution_approvals', access: 'read', reason: 'drafts the caller has not approved yet' },
  { module: 'todos', table: 'owner_links', access: 'read', reason: 'the roster owner the caller is linked to' },
  { module: 'todos', table: 'owner_link_revocations', access: 'read', reason: 'a revoked link does not count' },
  {
    module: 'todos',
    table: 'repair_tickets',
    access: 'read',
    reason: 'tickets waiting for the caller (confirm, quote, dispatch)',
  },
  { module: 'todos', table: 'residencies', access: 'read', reason: 'bindings waiting for review' },
  { module: 'todos', table: 'binding_approvals', access: 'read', reason: 'bindings the caller has not confirmed yet' },
  { module: 'todos', table: 'roster_imports', access: 'read', reason: 'roster proposals waiting for confirmation' },
  {
    module: 'todos',
    table: 'roster_confirmations',
    access: 'read',
    reason: 'proposals the caller has not confirmed yet',
  },
  { module: 'todos', table: 'roster_objections', access: 'read', reason: 'roster objections waiting for an answer' },
  { module: 'todos', table: 'ledger_questions', access: 'read', reason: 'ledger questions waiting for an answer' },
  // privacy
  ...(
    [
      ['persons', 'read'],
      ['persons', 'write'],
      ['residencies', 'read'],
      ['residencies', 'write'],
      ['binding_claims', 'write'],
      ['role_assignments', 'read'],
      ['idempotency_keys', 'write'],
      ['files', 'write'],
      ['repair_tickets', 'write'],
      ['resolution_objections', 'write'],
      ['ledger_questions', 'write'],
      ['roster_objections', 'write'],
      ['notice_reads', 'write'],
      ['paper_ballot_reviews', 'write'],
    ] as const
  ).map(([table, access]): CrossModuleAccess => ({ module: 'privacy', table, access, reason: ERASURE })),
  // repairs
  ...(['persons', 'communities', 'buildings', 'units', 'role_assignments', 'bound_units'] as const).map(
    (table): CrossModuleAccess => ({ module: 'repairs', table, access: 'read', reason: DIRECTORY_READ }),
  ),
  // roster
  { module: 'roster', table: 'persons', access: 'read', reason: REGISTER },
  { module: 'roster', table: 'persons', access: 'write', reason: REGISTER },
  { module: 'roster', table: 'residencies', access: 'write', reason: REGISTER },
  {
    module: 'roster',
    table: 'role_assignments',
    access: 'read',
    reason:
      'who may confirm a roster proposal: the committee members (two, never the proposer or the property company)',
  },
  {
    module: 'roster',
    table: 'communities',
    access: 'read',
    reason: "the community's objection days (settings) and its name beside the change record",
  },
  // votes
  ...(['communities', 'buildings', 'units', 'ownerships', 'role_assignments'] as const).map(
    (table): CrossModuleAccess => ({
      module: 'votes',
      table,
      access: 'read',
      reason: 'the electorate is frozen from the register when a vote opens; names and units beside results',
    }),
  ),
  ...(['owner_links', 'owner_link_revocations', 'binding_approvals', 'residencies'] as const).map(
    (table): CrossModuleAccess => ({
      module: 'votes',
      table,
      access: 'read',
      reason: 'who casts a head online is resolved at cast time from the verified owner links (docs/votes.md)',
    }),
  ),
  {
    module: 'votes',
    table: 'ownerships',
    access: 'write',
    file: 'designated-voter.service.ts',
    reason: "a co-owners' agreed change of designated voter sets the roster's flag (a debt: move behind the roster)",
  },
  {
    module: 'votes',
    table: 'persons',
    access: 'read',
    reason: "paper ballots: the owner's name as on the roster (signature check), the entering and confirming members",
  },
  { module: 'votes', table: 'audit_log', access: 'write', reason: GROUP_COMMIT },
  { module: 'votes', table: 'idempotency_keys', access: 'write', reason: GROUP_COMMIT },
  {
    module: 'votes',
    table: 'idempotency_keys',
    access: 'read',
    reason: 'a cast retried with its key answers the stored receipt',
  },
  // wechat
  { module: 'wechat', table: 'persons', access: 'read', reason: 'sign-in finds the person by openid' },
  {
    module: 'wechat',
    table: 'persons',
    access: 'write',
    reason: 'sign-in creates the person; a verified phone is stored on them',
  },
  // committee (issue 16)
  {
    module: 'committee',
    table: 'communities',
    access: 'read',
    reason: "the community's committee profile (city rules) for seats, filing authorities and deadlines",
  },
  {
    module: 'committee',
    table: 'units',
    access: 'read',
    reason: 'households (户数) decide the legal minimum of members',
  },
  ...(['units', 'buildings', 'bound_units'] as const).map((table): CrossModuleAccess => ({
    module: 'committee',
    table,
    access: 'read',
    reason: 'owners are shown by room only in the committee record (domain-rules §10)',
  })),
  {
    module: 'committee',
    table: 'ownerships',
    access: 'read',
    reason: 'candidates and owner representatives must own a unit in the community',
  },
  { module: 'committee', table: 'persons', access: 'read', reason: DIRECTORY_READ },
  {
    module: 'committee',
    table: 'community_roles',
    access: 'read',
    reason: 'representatives of a 物业管理委员会 hold the office they represent; office holders shown by name',
  },
  {
    module: 'committee',
    table: 'resolutions',
    access: 'read',
    reason: "the election vote's status, title and documents (the filing cites them)",
  },
  ...(['committee_terms', 'committee_candidates', 'committee_members', 'committee_officer_votes'] as const).map(
    (table): CrossModuleAccess => ({
      module: 'binding',
      table,
      access: 'read',
      reason: "the person's my-data export: candidacies, seats and first-meeting votes (PIPL Art. 45)",
    }),
  ),
];
