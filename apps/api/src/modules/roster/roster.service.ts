import { Injectable } from '@nestjs/common';
import {
  AREA_SOURCE_LABELS,
  ErrorCode,
  formatAreaHundredths,
  maskPhone,
  parseRoster,
  UNIT_KIND_LABELS,
  unitKey,
  type RosterAreaSource,
  type RosterUnitKind,
} from '@gongzhi/domain';
import { loadExcel } from '../../common/lazy-modules.js';
import { createHash } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { AuditService } from '../audit/audit.service.js';
import { IdentityService } from '../identity/identity.service.js';
import { RosterImport, type StoredRosterOwner, type StoredRosterRow } from './entities/roster-import.entity.js';
import { readRosterTable } from './roster-file.js';
import { isId } from '../../common/ids.js';

export type RowChange = 'new' | 'updated' | 'unchanged';

export interface RosterSummary {
  /** Units created plus units updated: 0 means the file matches the roster. */
  changes: number;
  unitsCreated: number;
  unitsUpdated: number;
  unchanged: number;
  ownersChanged: number;
  /** Units in the roster that this file does not list (kept: a vote may reference them). */
  notInFile: number;
}

interface ExistingUnit {
  id: string;
  kind: RosterUnitKind;
  areaHundredths: string;
  areaSource: RosterAreaSource;
  owners: Array<{ ownershipId: string; personId: string; name: string; phoneHash: string | null; designated: boolean }>;
}

const ownerKey = (o: { name: string; phoneHash: string | null }) => o.phoneHash ?? `name:${o.name}`;

/**
 * The owners' roster: a file is checked and kept as a preview (nothing else written), then committed in one
 * transaction that creates or updates units by address and replaces the owners of units whose owners changed.
 */
@Injectable()
export class RosterService {
  constructor(
    private readonly ds: DataSource,
    private readonly identity: IdentityService,
    private readonly audit: AuditService,
  ) {}

  async preview(communityId: string, actorId: string, file: { buffer: Buffer; originalname: string } | undefined) {
    if (!file) throw new AppError(ErrorCode.ROSTER_INVALID, '请选择名册文件（.xlsx 或 .csv，字段名 file）');
    const table = await readRosterTable(file.buffer);
    const parsed = parseRoster(table);
    const cipher = this.identity.cipher;
    const rows: StoredRosterRow[] = parsed.rows.map((r) => ({
      line: r.line,
      building: r.building,
      entrance: r.entrance,
      room: r.room,
      kind: r.kind,
      areaHundredths: r.areaHundredths.toString(),
      areaSource: r.areaSource,
      owners: r.owners.map((o) => ({
        name: o.name,
        phoneEnc: o.phone ? cipher.encrypt(o.phone) : null,
        phoneHash: o.phone ? cipher.blindIndex(o.phone) : null,
        designatedVoter: o.designatedVoter,
      })),
    }));
    const saved = await this.ds.getRepository(RosterImport).save({
      communityId,
      uploadedBy: actorId,
      fileName: (Buffer.from(file.originalname, 'latin1').toString('utf8') || 'roster').slice(0, 200),
      fileSha256: createHash('sha256').update(file.buffer).digest('hex'),
      status: 'preview',
      totalRows: parsed.totalRows,
      rows,
      errors: parsed.errors,
      result: null,
    });
    return this.present(saved, await this.diff(this.ds.manager, communityId, rows));
  }

  async get(communityId: string, id: string) {
    const imp = await this.find(this.ds.manager, communityId, id);
    return this.present(imp, imp.status === 'preview' ? await this.diff(this.ds.manager, communityId, imp.rows) : null);
  }

  async commit(communityId: string, actorId: string, id: string) {
    return this.ds.transaction(async (m) => {
      // One roster change at a time per community.
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('roster:' || $1))`, [communityId]);
      const imp = await this.find(m, communityId, id, true);
      if (imp.status !== 'preview') {
        throw new AppError(ErrorCode.ILLEGAL_TRANSITION, '这份名册已经导入过了；如需再次导入，请重新上传', {
          currentStatus: imp.status,
        });
      }
      if (imp.errors.length) {
        throw new AppError(ErrorCode.ROSTER_INVALID, `名册有 ${imp.errors.length} 处错误，请修正后重新上传`, {
          errors: imp.errors.slice(0, 100),
        });
      }
      const d = await this.diff(m, communityId, imp.rows);
      await this.apply(m, communityId, imp.rows, d.existing, d.changes);
      imp.status = 'committed';
      imp.committedBy = actorId;
      imp.committedAt = new Date();
      imp.result = { ...d.summary };
      await m.getRepository(RosterImport).save(imp);
      await this.audit.record(
        {
          communityId,
          actorId,
          action: 'roster.import_committed',
          targetType: 'roster_import',
          targetId: imp.id,
          details: { ...d.summary, rows: imp.rows.length, fileSha256: imp.fileSha256 },
        },
        m,
      );
      return this.present(imp, null);
    });
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

  private async find(m: EntityManager, communityId: string, id: string, lock = false): Promise<RosterImport> {
    if (!isId(id)) throw AppError.notFound('名册导入');
    const imp = await m
      .getRepository(RosterImport)
      .findOne({ where: { id, communityId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!imp) throw AppError.notFound('名册导入');
    return imp;
  }

  /** What committing `rows` would change in the community's roster now. */
  private async diff(m: EntityManager, communityId: string, rows: StoredRosterRow[]) {
    const units: Array<{
      id: string;
      building: string;
      entrance: string;
      room: string;
      kind: RosterUnitKind;
      area_hundredths: string;
      area_source: RosterAreaSource;
    }> = await m.query(
      `SELECT u.id, b.name AS building, u.entrance, u.room, u.kind, u.area_hundredths, u.area_source FROM units u
        JOIN buildings b ON b.id = u.building_id WHERE u.community_id = $1`,
      [communityId],
    );
    const owners: Array<{
      id: string;
      unit_id: string;
      person_id: string;
      name: string;
      phone_hash: string | null;
      is_designated_voter: boolean;
    }> = await m.query(
      `SELECT o.id, o.unit_id, o.person_id, p.name, p.phone_hash, o.is_designated_voter FROM ownerships o
        JOIN persons p ON p.id = o.person_id WHERE o.community_id = $1`,
      [communityId],
    );
    const existing = new Map<string, ExistingUnit>();
    const byId = new Map<string, ExistingUnit>();
    for (const u of units) {
      const e: ExistingUnit = {
        id: u.id,
        kind: u.kind,
        areaHundredths: String(u.area_hundredths),
        areaSource: u.area_source,
        owners: [],
      };
      existing.set(unitKey(u.building, u.entrance, u.room), e);
      byId.set(u.id, e);
    }
    for (const o of owners) {
      byId.get(o.unit_id)?.owners.push({
        ownershipId: o.id,
        personId: o.person_id,
        name: o.name,
        phoneHash: o.phone_hash,
        designated: o.is_designated_voter,
      });
    }
    const changes = new Map<number, { change: RowChange; ownersChanged: boolean }>();
    const summary: RosterSummary = {
      changes: 0,
      unitsCreated: 0,
      unitsUpdated: 0,
      unchanged: 0,
      ownersChanged: 0,
      notInFile: 0,
    };
    const seen = new Set<string>();
    for (const r of rows) {
      const key = unitKey(r.building, r.entrance, r.room);
      seen.add(key);
      const e = existing.get(key);
      if (!e) {
        changes.set(r.line, { change: 'new', ownersChanged: true });
        summary.unitsCreated += 1;
        continue;
      }
      const unitChanged = e.kind !== r.kind || e.areaHundredths !== r.areaHundredths || e.areaSource !== r.areaSource;
      const ownersChanged = !sameOwners(e.owners, r.owners);
      if (unitChanged || ownersChanged) summary.unitsUpdated += 1;
      else summary.unchanged += 1;
      if (ownersChanged) summary.ownersChanged += 1;
      changes.set(r.line, { change: unitChanged || ownersChanged ? 'updated' : 'unchanged', ownersChanged });
    }
    summary.notInFile = [...existing.keys()].filter((k) => !seen.has(k)).length;
    summary.changes = summary.unitsCreated + summary.unitsUpdated;
    return { summary, changes, existing };
  }

  private async apply(
    m: EntityManager,
    communityId: string,
    rows: StoredRosterRow[],
    existing: Map<string, ExistingUnit>,
    changes: Map<number, { change: RowChange; ownersChanged: boolean }>,
  ): Promise<void> {
    const buildings = new Map<string, string>(
      (await m.query(`SELECT id, name FROM buildings WHERE community_id = $1`, [communityId])).map(
        (b: { id: string; name: string }) => [b.name, b.id],
      ),
    );
    const revoke = new Set<string>();
    for (const r of rows) {
      const c = changes.get(r.line)!;
      if (c.change === 'unchanged') continue;
      const key = unitKey(r.building, r.entrance, r.room);
      let unit = existing.get(key);
      if (!unit) {
        let buildingId = buildings.get(r.building);
        if (!buildingId) {
          [{ id: buildingId }] = await m.query(
            `INSERT INTO buildings (community_id, name) VALUES ($1, $2) RETURNING id`,
            [communityId, r.building],
          );
          buildings.set(r.building, buildingId!);
        }
        const [{ id }] = await m.query(
          `INSERT INTO units (community_id, building_id, entrance, room, kind, area_hundredths, area_source) VALUES ($1,$2,$3,$4,$5,$6,$7) RETURNING id`,
          [communityId, buildingId, r.entrance, r.room, r.kind, r.areaHundredths, r.areaSource],
        );
        unit = { id, kind: r.kind, areaHundredths: r.areaHundredths, areaSource: r.areaSource, owners: [] };
      } else {
        await m.query(`UPDATE units SET kind = $2, area_hundredths = $3, area_source = $4 WHERE id = $1`, [
          unit.id,
          r.kind,
          r.areaHundredths,
          r.areaSource,
        ]);
      }
      if (c.ownersChanged) await this.replaceOwners(m, communityId, unit, r.owners, revoke);
    }
    for (const personId of revoke) await this.identity.revokeAll(personId, m);
  }

  /** Makes the unit's owners exactly `wanted`, reusing persons already known by phone (or, without a phone, by name on this unit). */
  private async replaceOwners(
    m: EntityManager,
    communityId: string,
    unit: ExistingUnit,
    wanted: StoredRosterOwner[],
    revoke: Set<string>,
  ): Promise<void> {
    const current = new Map(unit.owners.map((o) => [ownerKey(o), o]));
    const keep = new Set<string>();
    for (const w of wanted) {
      const cur = current.get(ownerKey(w));
      let personId: string;
      if (cur) {
        personId = cur.personId;
        if (cur.name !== w.name) await m.query(`UPDATE persons SET name = $2 WHERE id = $1`, [personId, w.name]);
        await m.query(`UPDATE ownerships SET is_designated_voter = $2 WHERE id = $1`, [
          cur.ownershipId,
          w.designatedVoter,
        ]);
      } else {
        const [known]: Array<{ id: string }> = w.phoneHash
          ? await m.query(
              `SELECT id FROM persons WHERE phone_hash = $1 ORDER BY (openid IS NULL), created_at LIMIT 1`,
              [w.phoneHash],
            )
          : [];
        personId =
          known?.id ??
          (
            await m.query(`INSERT INTO persons (name, phone_enc, phone_hash) VALUES ($1, $2, $3) RETURNING id`, [
              w.name,
              w.phoneEnc,
              w.phoneHash,
            ])
          )[0].id;
        await m.query(
          `INSERT INTO ownerships (community_id, unit_id, person_id, is_designated_voter) VALUES ($1, $2, $3, $4)
          ON CONFLICT (unit_id, person_id) DO UPDATE SET is_designated_voter = EXCLUDED.is_designated_voter`,
          [communityId, unit.id, personId, w.designatedVoter],
        );
      }
      keep.add(personId);
    }
    for (const o of unit.owners) {
      if (keep.has(o.personId)) continue;
      await m.query(`DELETE FROM ownerships WHERE id = $1`, [o.ownershipId]);
      // No longer an owner of this unit: the owner binding ends, and with it the role (tokens revoked after the loop).
      const ended: unknown[] = await m.query(
        `UPDATE residencies SET status = 'removed', decided_at = now(), reason = '名册更新：不再是该房屋业主'
         WHERE unit_id = $1 AND person_id = $2 AND relation = 'owner' AND status IN ('pending','approved') RETURNING id`,
        [unit.id, o.personId],
      );
      if (ended.length) revoke.add(o.personId);
    }
  }

  private present(
    imp: RosterImport,
    d: { summary: RosterSummary; changes: Map<number, { change: RowChange }> } | null,
  ) {
    const cipher = this.identity.cipher;
    return {
      id: imp.id,
      status: imp.status,
      fileName: imp.fileName,
      totalRows: imp.totalRows,
      validRows: imp.rows.length,
      canCommit: imp.status === 'preview' && imp.errors.length === 0,
      errors: imp.errors,
      summary: (d?.summary ?? imp.result) as RosterSummary | null,
      rows: imp.rows.map((r) => ({
        line: r.line,
        building: r.building,
        entrance: r.entrance,
        room: r.room,
        kind: r.kind,
        area: formatAreaHundredths(BigInt(r.areaHundredths)),
        areaSource: r.areaSource,
        owners: r.owners.map((o) => ({
          name: o.name,
          phoneMasked: o.phoneEnc ? maskPhone(cipher.decrypt(o.phoneEnc)) : null,
          designatedVoter: o.designatedVoter,
        })),
        change: d?.changes.get(r.line)?.change ?? null,
      })),
      createdAt: imp.createdAt,
      committedAt: imp.committedAt,
    };
  }
}

function sameOwners(current: ExistingUnit['owners'], wanted: StoredRosterOwner[]): boolean {
  if (current.length !== wanted.length) return false;
  const byKey = new Map(current.map((o) => [ownerKey(o), o]));
  return wanted.every((w) => {
    const c = byKey.get(ownerKey(w));
    return c !== undefined && c.name === w.name && c.designated === w.designatedVoter;
  });
}
