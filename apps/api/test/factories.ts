import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { DataSource as DS } from 'typeorm';
import { FieldCipher } from '../src/common/crypto.js';
import { signAccessToken } from '../src/modules/identity/tokens.js';
import type { TestApp } from './harness.js';

/**
 * Test factories: a district with one community and a person for every role, built in one line:
 *   const c = await makeCommunity(t);  await t.req().get('/api/v1/...').set(c.as('owner1'))
 * Each call makes fresh ids, so test files never see each other's data.
 */
export interface CommunityFixture {
  districtId: string;
  /** The community's subdistrict (街道); its officer is `subofficer`. */
  subdistrictId: string;
  communityId: string;
  buildingId: string;
  units: Array<{ id: string; room: string; areaHundredths: number }>;
  people: Record<string, string>;
  /** Headers (Authorization + X-Community-Id) for a person of this fixture. */
  as(personKey: string, communityId?: string): Record<string, string>;
  token(personKey: string): string;
}

function ds(t: TestApp): DataSource {
  return t.created.app.get(DS);
}

export async function makeCommunity(
  t: TestApp,
  opts: { units?: number; districtId?: string; name?: string } = {},
): Promise<CommunityFixture> {
  const db = ds(t);
  const cipher = new FieldCipher(t.created.config.dataKey);
  const suffix = randomUUID().slice(0, 8);
  const districtId =
    opts.districtId ??
    (
      await db.query(`INSERT INTO districts (name, code) VALUES ($1, $2) RETURNING id`, [
        `测试区${suffix}`,
        `T-${suffix}`,
      ])
    )[0].id;
  const [subdistrict] = await db.query(`INSERT INTO subdistricts (district_id, name) VALUES ($1, $2) RETURNING id`, [
    districtId,
    `测试街道${suffix}`,
  ]);
  const [community] = await db.query(
    `INSERT INTO communities (district_id, subdistrict_id, name) VALUES ($1, $2, $3) RETURNING id`,
    [districtId, subdistrict.id, opts.name ?? `测试小区${suffix}`],
  );
  const [building] = await db.query(`INSERT INTO buildings (community_id, name) VALUES ($1, '1幢') RETURNING id`, [
    community.id,
  ]);
  const units: CommunityFixture['units'] = [];
  const n = opts.units ?? 6;
  for (let i = 0; i < n; i++) {
    const room = `${101 + i}`;
    const area = 8000 + i * 1000;
    const [u] = await db.query(
      `INSERT INTO units (community_id, building_id, entrance, room, kind, area_hundredths, area_source) VALUES ($1,$2,'1单元',$3,'flat',$4,'registered') RETURNING id`,
      [community.id, building.id, room, area],
    );
    units.push({ id: u.id, room, areaHundredths: area });
  }
  const people: Record<string, string> = {};
  let phoneN = Math.floor(Math.random() * 1e7);
  const person = async (key: string, name: string) => {
    const phone = `137${String(phoneN++).padStart(8, '0')}`;
    const [p] = await db.query(`INSERT INTO persons (name, phone_enc, phone_hash) VALUES ($1,$2,$3) RETURNING id`, [
      name,
      cipher.encrypt(phone),
      cipher.blindIndex(phone),
    ]);
    people[key] = p.id;
    return p.id as string;
  };
  const assign = (
    pid: string,
    role: string,
    cid: string | null,
    did: string | null = null,
    sid: string | null = null,
  ) =>
    db.query(
      `INSERT INTO role_assignments (person_id, role, community_id, district_id, subdistrict_id) VALUES ($1,$2,$3,$4,$5)`,
      [pid, role, cid, did, sid],
    );
  // Owners of the first units (owner1 owns unit 0, owner2 unit 1, ...); the last two units stay without a bound resident.
  for (let i = 0; i < Math.min(n, 4); i++) {
    const pid = await person(`owner${i + 1}`, `业主${i + 1}`);
    await db.query(`INSERT INTO ownerships (community_id, unit_id, person_id) VALUES ($1,$2,$3)`, [
      community.id,
      units[i].id,
      pid,
    ]);
    await db.query(
      `INSERT INTO residencies (community_id, unit_id, person_id, relation, status, auto_approved) VALUES ($1,$2,$3,'owner','approved',true)`,
      [community.id, units[i].id, pid],
    );
  }
  const tenant = await person('tenant', '租户');
  await db.query(
    `INSERT INTO residencies (community_id, unit_id, person_id, relation, status) VALUES ($1,$2,$3,'tenant','approved')`,
    [community.id, units[0].id, tenant],
  );
  await assign(await person('chair', '主任'), 'committee_chair', community.id);
  for (let i = 1; i <= 4; i++) await assign(await person(`member${i}`, `委员${i}`), 'committee_member', community.id);
  await assign(await person('manager', '物业经理'), 'property_manager', community.id);
  await assign(await person('staff', '维修工'), 'property_staff', community.id);
  await assign(await person('officer', '社区干部'), 'neighbourhood_officer', community.id);
  await assign(await person('regulator', '监管员'), 'regulator', null, districtId);
  await assign(await person('subofficer', '街道干部'), 'subdistrict_officer', null, null, subdistrict.id);
  await person('stranger', '路人');
  const secret = t.created.config.jwtSecret;
  const token = (key: string) => {
    const id = people[key];
    if (!id) throw new Error(`no person ${key} in fixture`);
    return signAccessToken(secret, { sub: id, tv: 0 }, 3600);
  };
  return {
    districtId,
    subdistrictId: subdistrict.id,
    communityId: community.id,
    buildingId: building.id,
    units,
    people,
    token,
    as: (key, cid) => ({ Authorization: `Bearer ${token(key)}`, 'X-Community-Id': cid ?? community.id }),
  };
}
