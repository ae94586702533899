import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readAdminUnits, type AdminUnitSet } from '../../src/import/read-admin-units.js';
import { ImportError } from '../../src/import/csv.js';

const BUILT_IN = resolve(import.meta.dirname, '../../data/admin-units');

describe('readAdminUnits (built-in national set)', () => {
  let set: AdminUnitSet;
  beforeAll(async () => {
    set = await readAdminUnits(BUILT_IN);
  });

  it('reads both structures with the documented counts', () => {
    const count = (structure: string, level: string) => set.units.filter((u) => u.structure === structure && u.level === level).length;
    expect([count('pre2025', 'province'), count('pre2025', 'district'), count('pre2025', 'commune')]).toEqual([63, 696, 10035]);
    expect([count('post2025', 'province'), count('post2025', 'commune')]).toEqual([34, 3321]);
  });

  it('puts every parent before its children', () => {
    const seen = new Set<string>();
    for (const u of set.units) {
      if (u.parent) expect(seen.has(`${u.structure}/${u.parent.level}/${u.parent.code}`)).toBe(true);
      seen.add(`${u.structure}/${u.level}/${u.code}`);
    }
  });

  it('dates the structures: old units end on 30 June 2025, new ones start on 1 July 2025', () => {
    const vinh = set.units.find((u) => u.structure === 'pre2025' && u.level === 'district' && u.code === '412');
    expect(vinh).toMatchObject({ fullName: 'Thành phố Vinh', validTo: '2025-06-30', validFrom: null, parent: { level: 'province', code: '40' } });
    const ward = set.units.find((u) => u.structure === 'post2025' && u.code === '16681');
    expect(ward).toMatchObject({ fullName: 'Phường Thành Vinh', validFrom: '2025-07-01', validTo: null });
  });

  it('maps Thành phố Vinh to its six successor wards', () => {
    const wards = set.successions.filter((s) => s.from.level === 'district' && s.from.code === '412').map((s) => s.to.code);
    expect(wards.sort()).toEqual(['16681', '16690', '16702', '16708', '16732', '17920']);
  });

  it('reads every lineage pair: 63 provinces, 3,701 district pairs, 10,622 commune pairs', () => {
    expect(set.successions).toHaveLength(63 + 3701 + 10622);
    expect(set.successions.filter((s) => s.from.level === 'commune' && s.part === 'partial').length).toBeGreaterThan(0);
  });
});

describe('readAdminUnits (bad folders)', () => {
  const folder = () => mkdtempSync(join(tmpdir(), 'baophu-units-'));

  it('names the file and the missing column', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'pre2025_provinces.csv'), 'code,name\n01,Hà Nội\n');
    await expect(readAdminUnits(dir)).rejects.toThrow(/pre2025_provinces\.csv: missing column\(s\): full_name, type, type_code, name_en, code_name/);
  });

  it('reads a folder holding only some of the files', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'post2025_provinces.csv'), 'code,name,full_name,type,type_code,name_en,code_name\n40,Nghệ An,Tỉnh Nghệ An,Tỉnh,province,Nghe An,nghe_an\n');
    const set = await readAdminUnits(dir);
    expect(set.files).toEqual(['post2025_provinces.csv']);
    expect(set.units).toHaveLength(1);
  });

  it('refuses a folder with no unit files', async () => {
    await expect(readAdminUnits(folder())).rejects.toBeInstanceOf(ImportError);
  });

  it('refuses an unknown confidence with its line number', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'map_communes_2025.csv'), 'old_code,new_code,part,confidence,sources\n00001,00097,full,sure,both\n');
    await expect(readAdminUnits(dir)).rejects.toThrow(/map_communes_2025\.csv, line 2: confidence must be high, medium or low/);
  });
});
