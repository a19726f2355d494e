// The aftermath pack: three documents in two languages, made from the policy, in every export.
import { describe, expect, it } from 'vitest';
import { aftermathFiles } from '../../src/cli/deploy/aftermath.ts';
import { deployFiles } from '../../src/cli/deploy/index.ts';
import { targets } from '../../src/cli/deploy/ids.ts';

const policy = {
  companyName: 'Bouwbedrijf Noord',
  allowUserDisable: false,
  topics: [{ id: 'clients', label: 'Clients', labelNl: 'Klanten', keywords: ['prorail'] }],
  audiences: [{ id: 'press', label: 'Journalists', labelNl: 'Journalisten', guidance: 'Ask Communications.' }],
};

describe('the aftermath pack', () => {
  const files = aftermathFiles(policy);
  it('has the works council letter, the privacy summary and the managers\' guide, in Dutch and English', () => {
    expect(Object.keys(files).sort()).toEqual([
      'aftermath/leidinggevenden.md', 'aftermath/managers.md', 'aftermath/ondernemingsraad.md',
      'aftermath/privacy-avg.md', 'aftermath/privacy-gdpr.md', 'aftermath/works-council.md',
    ]);
  });

  it('is made from the policy: company, topics (the employer\'s and the starter code\'s), settings', () => {
    const council = files['aftermath/ondernemingsraad.md']!;
    expect(council).toContain('ondernemingsraad van Bouwbedrijf Noord');
    expect(council).toContain('Klanten');
    expect(council).toContain('Politiek');
    expect(council).toContain('Medewerkers kunnen PostPause zelf uitzetten: uit.');
    expect(council).toContain('Journalisten');
    expect(council).toMatch(/art\. 27 lid 1\s+onder l WOR/);
    expect(files['aftermath/works-council.md']).toContain('Employees may switch PostPause off themselves: off.');
    expect(files['aftermath/privacy-gdpr.md']).toContain('Bouwbedrijf Noord receives nothing');
    expect(files['aftermath/managers.md']).toContain('Do not argue about the content');
    expect(files['aftermath/leidinggevenden.md']).toContain('Ga niet in discussie over de inhoud');
  });

  it('goes out with every export', () => {
    const { files: exported } = deployFiles(policy, targets({}), { profileId: 'app.postpause.policy' });
    for (const path of Object.keys(files)) expect(exported[path], path).toBe(files[path]);
  });
});
