import { describe, expect, it } from 'vitest';
import { amountRuns } from './phrases';

const kept = (text: string) =>
  amountRuns(text)
    .filter((r) => r.keep)
    .map((r) => r.text);

describe('amountRuns', () => {
  it('keeps a number with its unit, in Chinese and in English', () => {
    expect(kept('规划产业带：13万亩≈8,667公顷')).toEqual(['13万亩', '8,667公顷']);
    expect(kept('Planned belt: 130,000 mu ≈ 8,667 ha')).toEqual(['130,000 mu', '8,667 ha']);
    expect(kept('北京颐和园：297公顷')).toEqual(['297公顷']);
  });
  it('gives the text back whole, and leaves numbers without a unit and words that only start like one alone', () => {
    const text = '2023年初出台的20条措施，约29个颐和园；2 mules';
    expect(
      amountRuns(text)
        .map((r) => r.text)
        .join(''),
    ).toBe(text);
    expect(kept(text)).toEqual(['2023年', '20条', '29个']);
  });
  it('finds nothing in text without numbers (negative control)', () => {
    expect(amountRuns('没有数字的句子')).toEqual([{ text: '没有数字的句子', keep: false }]);
  });
});
