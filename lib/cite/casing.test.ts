import { describe, expect, it } from 'vitest';
import { headlineCase, sentenceCase } from './casing';

describe('headlineCase (CMOS 8.160, MLA 2.90)', () => {
  it('capitalises major words, first and last, and both halves of a compound', () => {
    expect(headlineCase('The final stretch of a three-year push')).toBe('The Final Stretch of a Three-Year Push');
    expect(headlineCase('Gold below ground, green above')).toBe('Gold below Ground, Green Above');
    expect(headlineCase('Putting technology to work for industry')).toBe('Putting Technology to Work for Industry');
  });
  it('capitalises the first word after a colon and inside quotation marks, and keeps names', () => {
    expect(headlineCase('Herbs and alfalfa: a first harvest on mined land')).toBe('Herbs and Alfalfa: A First Harvest on Mined Land');
    expect(headlineCase('A “Saihanba of the coal sea”')).toBe('A “Saihanba of the Coal Sea”');
    expect(headlineCase('Holding back the desert with PV')).toBe('Holding Back the Desert with PV');
  });
  it('leaves a phrasal-verb particle capitalised (“Set Out”)', () => {
    expect(headlineCase('The targets set out: what comes next')).toBe('The Targets Set Out: What Comes Next');
  });
});

describe('sentenceCase (APA 6.17)', () => {
  it('capitalises the first word and the first word after a colon only', () => {
    expect(sentenceCase('Herbs and alfalfa: a first harvest on mined land')).toBe('Herbs and alfalfa: A first harvest on mined land');
    expect(sentenceCase('Two titles and a guiding idea')).toBe('Two titles and a guiding idea');
  });
});
