import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { UnitRef } from '../../src/core/types.js';
import { ImportError } from '../../src/import/csv.js';
import { type AdminUnitSet, readAdminUnits } from '../../src/import/read-admin-units.js';
import { tempFolder } from './temp-files.js';

const BUILT_IN = resolve(import.meta.dirname, '../../data/admin-units');
const PROVINCE_HEADER = 'code,name,full_name,type,type_code,name_en,code_name';
const key = (ref: UnitRef) => `${ref.structure}/${ref.level}/${ref.code}`;

describe('readAdminUnits on the built-in national set', () => {
  let set: AdminUnitSet;
  beforeAll(async () => {
    set = await readAdminUnits(BUILT_IN);
  });

  it('reads every file of the set', () => {
    expect(set.files).toEqual([
      'pre2025_provinces.csv',
      'pre2025_districts.csv',
      'pre2025_communes.csv',
      'post2025_provinces.csv',
      'post2025_communes.csv',
      'map_provinces_2025.csv',
      'map_districts_2025.csv',
      'map_communes_2025.csv',
    ]);
  });

  it('reads 63 provinces, 696 districts and 10,035 communes before 2025, 34 and 3,321 after', () => {
    const count = (structure: string, level: string) => set.units.filter((u) => u.structure === structure && u.level === level).length;
    expect([count('pre2025', 'province'), count('pre2025', 'district'), count('pre2025', 'commune')]).toEqual([63, 696, 10035]);
    expect([count('post2025', 'province'), count('post2025', 'commune')]).toEqual([34, 3321]);
  });

  it('puts every parent before its children', () => {
    const seen = new Set<string>();
    const orphans = set.units.filter((u) => {
      const orphan = u.parent !== null && !seen.has(key({ structure: u.structure, ...u.parent }));
      seen.add(key(u));
      return orphan;
    });
    expect(orphans).toEqual([]);
  });

  it('hangs districts under provinces, old communes under districts and new communes under provinces', () => {
    const unit = (structure: string, level: string, code: string) => set.units.find((u) => u.structure === structure && u.level === level && u.code === code);
    expect(unit('pre2025', 'province', '01')?.parent).toBeNull();
    expect(unit('pre2025', 'district', '412')?.parent).toEqual({ level: 'province', code: '40' });
    expect(unit('pre2025', 'commune', '00001')?.parent).toEqual({ level: 'district', code: '001' });
    expect(unit('post2025', 'commune', '00004')?.parent).toEqual({ level: 'province', code: '01' });
  });

  it('keeps names, types and codes as the files give them, leading zeros included', () => {
    const vinh = set.units.find((u) => u.structure === 'pre2025' && u.level === 'district' && u.code === '412');
    expect(vinh).toEqual({
      structure: 'pre2025',
      level: 'district',
      code: '412',
      name: 'Vinh',
      fullName: 'Thành phố Vinh',
      type: 'Thành phố thuộc tỉnh',
      typeCode: 'provincial_city',
      nameEn: 'Vinh',
      codeName: 'vinh',
      parent: { level: 'province', code: '40' },
      validFrom: null,
      validTo: '2025-06-30',
    });
  });

  it('ends the old units on 30 June 2025 and starts the new ones on 1 July 2025', () => {
    const dates = (structure: string) => new Set(set.units.filter((u) => u.structure === structure).map((u) => `${u.validFrom}..${u.validTo}`));
    expect(dates('pre2025')).toEqual(new Set(['null..2025-06-30']));
    expect(dates('post2025')).toEqual(new Set(['2025-07-01..null']));
  });

  it('takes the type of 30 April 2026 where it differs, keeping that of 1 July 2025 as the former one', () => {
    const dongNai = set.units.find((u) => u.structure === 'post2025' && u.level === 'province' && u.code === '75');
    expect(dongNai).toMatchObject({
      fullName: 'Thành phố Đồng Nai',
      type: 'Thành phố trực thuộc trung ương',
      typeCode: 'municipality',
      typeChange: { on: '2026-04-30', type: 'Tỉnh', typeCode: 'province', fullName: 'Tỉnh Đồng Nai' },
    });
    const changed = set.units.filter((u) => u.typeChange);
    expect(changed).toHaveLength(11);
    expect(changed.filter((u) => u.level === 'commune').every((u) => u.typeCode === 'ward' && u.typeChange?.typeCode === 'commune')).toBe(true);
    expect(set.units.find((u) => u.structure === 'post2025' && u.code === '01')?.typeChange).toBeUndefined();
  });

  it('reads all 63 + 3,701 + 10,622 lineage pairs, and each names units of the set', () => {
    expect(set.successions).toHaveLength(63 + 3701 + 10622);
    const units = new Set(set.units.map(key));
    const dangling = set.successions.filter((s) => !units.has(key(s.from)) || !units.has(key(s.to)));
    expect(dangling).toEqual([]);
  });

  it('records each old province as going whole into its new province', () => {
    const provinces = set.successions.filter((s) => s.from.level === 'province');
    expect(provinces).toHaveLength(63);
    expect(new Set(provinces.map((s) => `${s.part}/${s.confidence}`))).toEqual(new Set(['full/high']));
    expect(provinces.find((s) => s.from.code === '02')?.to).toEqual({ structure: 'post2025', level: 'province', code: '08' });
  });

  it('maps Thành phố Vinh (district 412) to its six successor wards, part unknown', () => {
    const vinh = set.successions.filter((s) => s.from.level === 'district' && s.from.code === '412');
    expect(vinh.map((s) => s.to.code).sort()).toEqual(['16681', '16690', '16702', '16708', '16732', '17920']);
    expect(vinh.every((s) => s.part === null && s.to.structure === 'post2025' && s.to.level === 'commune')).toBe(true);
  });

  it("keeps the commune pairs' part (full, partial or unknown), confidence and sources", () => {
    const communes = set.successions.filter((s) => s.from.level === 'commune');
    const tally = (pick: (s: (typeof communes)[number]) => string | null) =>
      communes.reduce<Record<string, number>>((acc, s) => {
        acc[String(pick(s))] = (acc[String(pick(s))] ?? 0) + 1;
        return acc;
      }, {});
    expect(tally((s) => s.part)).toEqual({ full: 9574, partial: 1012, null: 36 });
    expect(tally((s) => s.confidence)).toEqual({ high: 10561, medium: 10, low: 51 });
    expect(communes[0]).toEqual({
      from: { structure: 'pre2025', level: 'commune', code: '00001' },
      to: { structure: 'post2025', level: 'commune', code: '00097' },
      part: 'full',
      confidence: 'high',
      sources: 'both',
    });
  });
});

describe('readAdminUnits on a partial or faulty folder', () => {
  it('reads a folder holding only some of the files, and says which', async () => {
    const folder = tempFolder({ 'post2025_provinces.csv': `${PROVINCE_HEADER}\n40,Nghệ An,Tỉnh Nghệ An,Tỉnh,province,Nghe An,nghe_an\n` });
    const set = await readAdminUnits(folder);
    expect(set.files).toEqual(['post2025_provinces.csv']);
    expect(set.units).toEqual([expect.objectContaining({ structure: 'post2025', level: 'province', code: '40', validFrom: '2025-07-01' })]);
    expect(set.successions).toEqual([]);
  });

  it('refuses a type of 2026 that the file gives no code for, naming the line and column', async () => {
    const header = `${PROVINCE_HEADER},type_2026,full_name_2026`;
    const folder = tempFolder({ 'post2025_provinces.csv': `${header}\n75,Đồng Nai,Tỉnh Đồng Nai,Tỉnh,province,Dong Nai,dong_nai,Đặc khu,Đặc khu Đồng Nai\n` });
    await expect(readAdminUnits(folder)).rejects.toThrow('post2025_provinces.csv, line 2: type_2026: "Đặc khu" is no type of this file');
  });

  it('names the file and the missing columns', async () => {
    const folder = tempFolder({ 'pre2025_districts.csv': 'code,name,full_name,type,type_code,name_en,code_name\n' });
    await expect(readAdminUnits(folder)).rejects.toThrow('pre2025_districts.csv: missing column: province_code');
  });

  it('names the mapping file and its missing columns', async () => {
    const folder = tempFolder({ 'map_communes_2025.csv': 'old_code,new_code,part\n00001,00097,full\n' });
    await expect(readAdminUnits(folder)).rejects.toThrow('map_communes_2025.csv: missing columns: confidence, sources');
  });

  it('refuses a folder with none of the known files, listing them', async () => {
    const error = await readAdminUnits(tempFolder({ 'notes.txt': 'hello' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect(String(error)).toMatch(/none of the expected files is there \(pre2025_provinces\.csv, .*map_communes_2025\.csv\)/);
  });

  it('refuses a folder that does not exist', async () => {
    await expect(readAdminUnits('/nonexistent/admin-units')).rejects.toThrow('/nonexistent/admin-units: folder not found');
  });

  it('refuses a code that lost its leading zero, naming the line and column', async () => {
    const folder = tempFolder({
      'pre2025_provinces.csv': `${PROVINCE_HEADER}\n01,Hà Nội,Thành phố Hà Nội,x,municipality,Ha Noi,ha_noi\n2,Hà Giang,Tỉnh Hà Giang,Tỉnh,province,Ha Giang,ha_giang\n`,
    });
    await expect(readAdminUnits(folder)).rejects.toThrow('pre2025_provinces.csv, line 3: code: "2" is not a province code of 2 digits');
  });

  it('refuses a commune without its district', async () => {
    const folder = tempFolder({
      'pre2025_communes.csv': 'code,name,full_name,type,type_code,district_code,name_en,code_name\n00001,Phúc Xá,Phường Phúc Xá,Phường,ward,,Phuc Xa,phuc_xa\n',
    });
    await expect(readAdminUnits(folder)).rejects.toThrow('pre2025_communes.csv, line 2: district_code: "" is not a district code of 3 digits');
  });

  it('refuses an unknown confidence or part, naming the line and column', async () => {
    const header = 'old_code,new_code,part,confidence,sources';
    await expect(readAdminUnits(tempFolder({ 'map_communes_2025.csv': `${header}\n00001,00097,full,sure,both\n` }))).rejects.toThrow(
      'map_communes_2025.csv, line 2: confidence: must be high, medium or low, not "sure"',
    );
    await expect(readAdminUnits(tempFolder({ 'map_communes_2025.csv': `${header}\n00001,00097,most,high,both\n` }))).rejects.toThrow(
      'map_communes_2025.csv, line 2: part: must be full, partial or blank, not "most"',
    );
  });
});
