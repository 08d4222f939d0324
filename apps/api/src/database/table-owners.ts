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
  districts: 'identity',
  communities: 'identity',
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
  // one table each
  messages: 'inbox',
  audit_log: 'audit',
  files: 'files',
  media_checks: 'files', // image content checks (issue 22)
  media_check_traces: 'files',
  outbox: 'jobs',
  subscribe_message_sends: 'notifications',
  wechat_used_codes: 'wechat',
  wechat_push_events: 'wechat', // 消息推送 received (issue 22)
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
  // identity derives roles and memberships from the binding module's assignments
  {
    module: 'identity',
    table: 'role_assignments',
    access: 'read',
    reason: 'district and platform roles of /me and the guard',
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
  // notifications: the subscribe-message worker reads the message it delivers
  {
    module: 'notifications',
    table: 'messages',
    access: 'read',
    reason: 'the in-app message a WeChat subscribe message mirrors',
  },
  { module: 'notifications', table: 'persons', access: 'read', reason: 'the openid to send to' },
  { module: 'notifications', table: 'repair_tickets', access: 'read', reason: 'the ticket fields of the template' },
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
];
