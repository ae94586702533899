import { describe, expect, it } from 'vitest';
import { seededAdminChat } from '../../support/seeded-world.js';

/** A seeded world; the console's local administrator asks. */
const world = () => seededAdminChat();

// Phường Quỳnh Mai was a ward of Hà Nội until 30 June 2025; a ward of that name in Nghệ An exists since.
describe('settlePlace: one name, one level, two structures', () => {
  it('answers for the current unit, and names the old one', async () => {
    const { ask } = await world();
    const text = await ask('bhyt Quỳnh Mai');
    expect(text.split('\n')[0]).toContain('Phường Quỳnh Mai, Tỉnh Nghệ An');
    expect(text).toMatch(/Cùng tên: Phường Quỳnh Mai, Quận Hai Bà Trưng, Thành phố Hà Nội/);
  });

  it('answers for the old unit when only it has figures', async () => {
    const { store, ask } = await world();
    await store.saveDocumentReport({
      unit: { structure: 'pre2025', level: 'commune', code: '00289' },
      period: '2024',
      periodStart: '2024-01-01',
      periodEnd: '2024-12-31',
      asOf: null,
      counts: { bhyt: 9_000, ds: 10_000 },
      rates: [],
      fulfilment: [],
      sourceDocument: 'test',
      sourceDate: '2025-01-10',
      sourceLabel: null,
      sourceNote: null,
    });
    const text = await ask('bhyt Quỳnh Mai');
    expect(text).toContain('Phường Quỳnh Mai, Quận Hai Bà Trưng, Thành phố Hà Nội');
    expect(text).toContain('90%');
    expect(text).toMatch(/Cùng tên: Phường Quỳnh Mai, Tỉnh Nghệ An/);
  });
});
