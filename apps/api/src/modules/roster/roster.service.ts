import { Injectable } from '@nestjs/common';
import {
  AREA_SOURCE_LABELS,
  ErrorCode,
  formatAreaHundredths,
  maskIdNumber,
  maskPhone,
  parseRoster,
  ROSTER_COLUMN_RULES,
  ROSTER_COLUMNS,
  ROSTER_TEMPLATE_EXAMPLES,
  UNIT_KIND_LABELS,
  type RosterAreaSource,
  type RosterUnitKind,
} from '@gongzhi/domain';
import { loadExcel } from '../../common/lazy-modules.js';
import { createHash } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { validationError } from '../../common/validation.js';
import { IdentityService } from '../identity/identity.service.js';
import { RosterImport, type StoredRosterRow } from './entities/roster-import.entity.js';
import { isId } from '../../common/ids.js';
import { readRosterTable } from './roster-file.js';
import { diffRoster, type FieldChange, type RosterDiff, type RosterSummary } from './roster-diff.js';
import { confirmationsOf, type ProposalState } from './roster-policy.js';

const areaOrNull = (v: bigint | null) => (v === null ? null : v.toString());
const fmt = (v: string | null | undefined) => (v ? formatAreaHundredths(BigInt(v)) : null);

/** `{"备注": "", "开发商": "开发商未售"}` from the upload's columnMap field; anything else is a 400. */
function readColumnMap(raw: unknown): Record<string, string> {
  if (raw === undefined || raw === '') return {};
  let v: unknown;
  try {
    v = JSON.parse(String(raw));
  } catch {
    throw validationError([{ field: 'columnMap', messages: ['列对应关系应为 JSON 对象，如 {"备注":""}'] }]);
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v) || Object.keys(v).length > 50)
    throw validationError([{ field: 'columnMap', messages: ['列对应关系应为 JSON 对象（最多 50 列）'] }]);
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(v)) {
    if (typeof x !== 'string' || k.length > 50 || x.length > 50)
      throw validationError([
        { field: 'columnMap', messages: ['每一列只能对应一个名册列名（文字），或空字符串表示删除'] },
      ]);
    out[k] = x;
  }
  return out;
}

/**
 * The owners' roster: a file is checked and kept as a preview (nothing else written). Proposing and confirming it
 * (RosterProposalsService) is what changes the roster; this service reads files and shows previews and proposals.
 */
@Injectable()
export class RosterService {
  constructor(
    private readonly ds: DataSource,
    private readonly identity: IdentityService,
  ) {}

  async preview(
    communityId: string,
    actorId: string,
    file: { buffer: Buffer; originalname: string } | undefined,
    rawColumnMap?: unknown,
  ) {
    const columnMap = readColumnMap(rawColumnMap);
    if (!file) throw new AppError(ErrorCode.ROSTER_INVALID, '请选择名册文件（.xlsx 或 .csv，字段名 file）');
    const table = await readRosterTable(file.buffer);
    const parsed = parseRoster(table, { columnMap });
    const cipher = this.identity.cipher;
    const rows: StoredRosterRow[] = parsed.rows.map((r) => ({
      line: r.line,
      building: r.building,
      entrance: r.entrance,
      room: r.room,
      kind: r.kind,
      areaHundredths: r.areaHundredths.toString(),
      areaSource: r.areaSource,
      registeredAreaHundredths: areaOrNull(r.areas.registered),
      surveyedAreaHundredths: areaOrNull(r.areas.surveyed),
      contractAreaHundredths: areaOrNull(r.areas.contract),
      developer: r.developer,
      owners: r.owners.map((o) => ({
        name: o.name,
        // A company's landline is kept as its contact number; only a mobile is a sign-in phone (blind index).
        phoneEnc: o.phone ? cipher.encrypt(o.phone) : null,
        phoneHash: o.phone && /^1\d{10}$/.test(o.phone) ? cipher.blindIndex(o.phone) : null,
        idNumberEnc: o.idNumber ? cipher.encrypt(o.idNumber) : null,
        idNumberHash: o.idNumber ? cipher.blindIndex(`id:${o.idNumber}`) : null,
        creditCode: o.creditCode,
        organisation: o.organisation,
        designatedVoter: o.designatedVoter,
      })),
    }));
    const saved = await this.ds.getRepository(RosterImport).save({
      communityId,
      kind: 'import' as const,
      uploadedBy: actorId,
      fileName: (Buffer.from(file.originalname, 'latin1').toString('utf8') || 'roster').slice(0, 200),
      fileSha256: createHash('sha256').update(file.buffer).digest('hex'),
      status: 'preview' as const,
      totalRows: parsed.totalRows,
      rows,
      errors: parsed.errors,
      columnMap,
      merge: null,
      result: null,
    });
    return this.view(this.ds.manager, saved);
  }

  async get(communityId: string, id: string) {
    const imp = await this.find(this.ds.manager, communityId, id);
    return this.view(this.ds.manager, imp);
  }

  async pending(communityId: string) {
    const rows = await this.ds.getRepository(RosterImport).find({
      where: { communityId, status: 'proposed' },
      order: { proposedAt: 'DESC' },
      take: 20,
    });
    const items = [];
    for (const imp of rows) items.push(await this.view(this.ds.manager, imp));
    return { items };
  }

  /** A preview or proposal as shown: open ones with the changes they would make now, applied ones with what they did. */
  async view(m: EntityManager, imp: RosterImport) {
    const open = imp.status === 'preview' || imp.status === 'proposed';
    const d =
      open && imp.kind === 'import' ? await diffRoster(m, this.identity.cipher, imp.communityId, imp.rows) : null;
    const fields: FieldChange[] = d
      ? d.fields
      : (
          await m.query(
            `SELECT 0 AS line, unit_label AS "unitLabel", field, old_value AS "oldValue", new_value AS "newValue"
               FROM roster_changes WHERE import_id = $1 ORDER BY id`,
            [imp.id],
          )
        ).map((f: FieldChange) => ({ ...f, line: Number(f.line) }));
    return this.present(imp, d, fields, await confirmationsOf(m, imp));
  }

  /** The roster as an Excel file in the import layout; phones masked. */
  async exportXlsx(communityId: string): Promise<Buffer> {
    const units: Array<{
      id: string;
      building: string;
      entrance: string;
      room: string;
      kind: RosterUnitKind;
      area_hundredths: string;
      area_source: RosterAreaSource;
    }> = await this.ds.query(
      `SELECT u.id, b.name AS building, u.entrance, u.room, u.kind, u.area_hundredths, u.area_source FROM units u
         JOIN buildings b ON b.id = u.building_id WHERE u.community_id = $1 ORDER BY b.sort, b.name, u.entrance, u.room`,
      [communityId],
    );
    const owners: Array<{ unit_id: string; name: string; phone_enc: string | null; is_designated_voter: boolean }> =
      await this.ds.query(
        `SELECT o.unit_id, p.name, p.phone_enc, o.is_designated_voter FROM ownerships o JOIN persons p ON p.id = o.person_id
       WHERE o.community_id = $1 ORDER BY o.is_designated_voter DESC, o.created_at, p.name`,
        [communityId],
      );
    const byUnit = new Map<string, typeof owners>();
    for (const o of owners) byUnit.set(o.unit_id, [...(byUnit.get(o.unit_id) ?? []), o]);
    const wb = new (await loadExcel()).Workbook();
    const ws = wb.addWorksheet('业主名册');
    ws.addRow(['楼栋', '单元', '房号', '面积(m²)', '面积来源', '业主姓名', '手机号', '共有人', '类型']);
    for (const u of units) {
      const os = byUnit.get(u.id) ?? [];
      ws.addRow([
        u.building,
        u.entrance,
        u.room,
        formatAreaHundredths(BigInt(u.area_hundredths)),
        AREA_SOURCE_LABELS[u.area_source],
        os.map((o) => o.name).join('、'),
        os
          .map((o) => (o.phone_enc ? maskPhone(this.identity.cipher.decrypt(o.phone_enc)) : ''))
          .join('、')
          .replace(/^、+$/, ''),
        '',
        UNIT_KIND_LABELS[u.kind],
      ]);
    }
    ws.getRow(1).font = { bold: true };
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  /** The template: the columns with example rows on sheet 1, what each column means on sheet 2. */
  async templateXlsx(): Promise<Buffer> {
    const wb = new (await loadExcel()).Workbook();
    const ws = wb.addWorksheet('业主名册');
    ws.addRow([...ROSTER_COLUMNS].filter((c) => c !== '面积' && c !== '面积来源'));
    for (const example of ROSTER_TEMPLATE_EXAMPLES) ws.addRow([...example]);
    ws.getRow(1).font = { bold: true };
    ws.columns.forEach((c) => (c.width = 16));
    const rules = wb.addWorksheet('填写说明');
    rules.addRow(['列', '怎么填']);
    for (const [column, rule] of ROSTER_COLUMN_RULES) rules.addRow([column, rule]);
    rules.addRow([]);
    rules.addRow([
      '说明',
      '上传后先预览，再提交为“名册变更提议”：须两位业委会委员确认后才生效，受影响的业主会收到通知并可在 7 天内提出异议。',
    ]);
    rules.addRow(['说明', '模板以外的列会被列出并阻止提交：请删除该列，或在上传时指定它对应哪一列。']);
    rules.getRow(1).font = { bold: true };
    rules.getColumn(1).width = 14;
    rules.getColumn(2).width = 90;
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  async find(m: EntityManager, communityId: string, id: string, lock = false): Promise<RosterImport> {
    if (!isId(id)) throw AppError.notFound('名册提议');
    const imp = await m
      .getRepository(RosterImport)
      .findOne({ where: { id, communityId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!imp) throw AppError.notFound('名册提议');
    return imp;
  }

  private present(imp: RosterImport, d: RosterDiff | null, fields: FieldChange[], state: ProposalState) {
    const cipher = this.identity.cipher;
    return {
      id: imp.id,
      kind: imp.kind,
      status: imp.status,
      fileName: imp.fileName,
      totalRows: imp.totalRows,
      validRows: imp.rows.length,
      /** No errors and still a preview: it can be proposed. */
      canCommit: imp.status === 'preview' && imp.errors.length === 0,
      errors: imp.errors,
      columnMap: imp.columnMap ?? {},
      summary: (d?.summary ?? imp.result) as RosterSummary | null,
      rows: imp.rows.map((r) => ({
        line: r.line,
        building: r.building,
        entrance: r.entrance,
        room: r.room,
        kind: r.kind,
        area: formatAreaHundredths(BigInt(r.areaHundredths)),
        areaSource: r.areaSource,
        registeredArea: fmt(r.registeredAreaHundredths),
        surveyedArea: fmt(r.surveyedAreaHundredths),
        contractArea: fmt(r.contractAreaHundredths),
        developer: r.developer === true,
        owners: r.owners.map((o) => ({
          name: o.name,
          phoneMasked: o.phoneEnc ? maskPhone(cipher.decrypt(o.phoneEnc)) : null,
          idNumberMasked: o.idNumberEnc ? maskIdNumber(cipher.decrypt(o.idNumberEnc)) : null,
          creditCode: o.creditCode ?? null,
          organisation: o.organisation === true,
          designatedVoter: o.designatedVoter,
        })),
        change: d?.changes.get(r.line)?.change ?? null,
      })),
      fieldChanges: fields.slice(0, 2000).map((f) => ({
        line: f.line || null,
        unitLabel: f.unitLabel,
        field: f.field,
        oldValue: f.oldValue,
        newValue: f.newValue,
      })),
      merge: imp.merge
        ? {
            evidence: imp.merge.evidence,
            keepPersonId: imp.merge.keepPersonId,
            mergePersonIds: imp.merge.mergePersonIds,
          }
        : null,
      proposedBy: state.proposedBy,
      proposedAt: imp.proposedAt,
      confirmations: state.confirmations,
      confirmationsNeeded: state.needed,
      confirmerKind: state.confirmerKind,
      postingEndsAt: imp.postingEndsAt,
      createdAt: imp.createdAt,
      committedAt: imp.committedAt,
    };
  }
}
