import { describe, expect, it } from 'vitest';
import { encodeFragmentTerm, occursAsWords, textDirective, textFragmentUrl } from './fragment';

const page = 'https://green-mines.test/zh/restoration';

describe('encodeFragmentTerm', () => {
  it('encodes the directive syntax characters - , & as well as spaces', () => {
    expect(encodeFragmentTerm('win-win, greener & better')).toBe('win%2Dwin%2C%20greener%20%26%20better');
  });
  it('encodes Chinese as UTF-8 percent escapes', () => {
    expect(encodeFragmentTerm('绿色矿山')).toBe('%E7%BB%BF%E8%89%B2%E7%9F%BF%E5%B1%B1');
    expect(encodeFragmentTerm('2021—2025')).toBe('2021%E2%80%942025');
  });
});

describe('textDirective', () => {
  it('keeps a short English quote whole', () => {
    expect(textDirective('a “win-win goal”, greener land')).toBe('text=a%20%E2%80%9Cwin%2Dwin%20goal%E2%80%9D%2C%20greener%20land');
  });
  it('links a long English quote by its first and last four words', () => {
    const quote = 'It aims for a win-win goal, greener land and better livelihoods at the same time.';
    expect(textDirective(quote)).toBe('text=It%20aims%20for%20a,at%20the%20same%20time.');
  });
  it('collapses whitespace and ignores empty quotes', () => {
    expect(textDirective('  green \n  mines ')).toBe('text=green%20mines');
    expect(textDirective(' \n ')).toBe('');
  });
  it('keeps a short Chinese quote whole', () => {
    expect(textDirective('向绿而行、依绿而兴')).toBe(`text=${encodeURIComponent('向绿而行、依绿而兴')}`);
  });
  it('cuts a long Chinese quote at word boundaries, at punctuation where there is some near the edge', () => {
    const quote = '准格尔旗地处黄河几字弯腹地，煤炭资源丰富，但沟壑纵横、生态脆弱，修复任务艰巨繁重。';
    const [start, end] = textDirective(quote).slice(5).split(',').map(decodeURIComponent);
    expect(start).toBe('准格尔旗地处黄河几字弯腹地');
    expect(end).toBe('生态脆弱，修复任务艰巨繁重。');
  });
  it('never cuts inside a word, whatever the mix of scripts (an English quote with Chinese in it)', () => {
    const quote =
      'Walk in autumn through Zhungeer Banner’s (准格尔旗) showcase cluster of green mines and the air is fresh, birds are singing and there are flowers everywhere.';
    expect(textDirective(quote)).toBe('text=Walk%20in%20autumn%20through,there%20are%20flowers%20everywhere.');
    const seg = new Intl.Segmenter('zh', { granularity: 'word' });
    const bounds = (t: string) => new Set([...seg.segment(t)].flatMap((s) => [s.index, s.index + s.segment.length]));
    for (const q of [quote, '报道把这条路概括为绿色与富裕双赢、生态与发展并进，建成绿与富共赢的样板。']) {
      const terms = textDirective(q).slice(5).split(',').map(decodeURIComponent);
      const b = bounds(q);
      expect(b.has(q.indexOf(terms[0]!) + terms[0]!.length)).toBe(true);
      expect(b.has(q.lastIndexOf(terms.at(-1)!))).toBe(true);
    }
  });
  it('adds the words before the quote as a prefix when its start already occurs earlier on the page', () => {
    const d = textDirective('green mines', { lead: 'Walk through the showcase cluster of ', before: 'Home · green mines · About' });
    expect(d).toBe('text=showcase%20cluster%20of-,green%20mines');
    expect(textDirective('green mines', { lead: 'Walk through the showcase cluster of ', before: 'Home · About' })).toBe(
      'text=green%20mines',
    );
  });
  it('at the start of a passage, takes the prefix from the end of the text before it (Chromium matches it across blocks)', () => {
    expect(
      textDirective('Gold below ground, green above', {
        before: 'Contents Gold below ground, green above … the end of the last paragraph.',
      }),
    ).toBe('text=the%20last%20paragraph.-,Gold%20below%20ground%2C%20green%20above');
  });
  it('lengthens a start whose prefix would not make it unique either', () => {
    const quote = 'The feature says the banner will build more green mines in the years to come, one after another.';
    expect(textDirective(quote, { before: 'aaaa bbbb cccc The feature says the banner will aaaa bbbb cccc' })).toBe(
      'text=The%20feature%20says%20the%20banner%20will%20build,come%2C%20one%20after%20another.',
    );
  });
  it('takes the prefix from the last block only, and treats an earlier match in other case as ambiguous', () => {
    expect(
      textDirective('Gold below ground, green above', {
        before: 'Contents\ngold below ground, green above\nthe end of the last paragraph.\n',
      }),
    ).toBe('text=the%20last%20paragraph.-,Gold%20below%20ground%2C%20green%20above');
    expect(textDirective('三年行动的冲刺', { before: '目录\n三年行动的冲刺\n地下流金，地上淌绿\n' })).toBe(
      `text=${encodeURIComponent('地下流金，地上淌绿')}-,${encodeURIComponent('三年行动的冲刺')}`,
    );
  });
  it('occursAsWords finds only whole-word occurrences (negative control)', () => {
    expect(occursAsWords('the greenery grows', 'green')).toBe(false);
    expect(occursAsWords('the green grows', 'green')).toBe(true);
  });
});

describe('textFragmentUrl', () => {
  it('puts the passage id before the directive and replaces an existing fragment', () => {
    expect(textFragmentUrl(`${page}#old`, '绿色矿山', 'setting')).toBe(`${page}#setting:~:text=%E7%BB%BF%E8%89%B2%E7%9F%BF%E5%B1%B1`);
  });
  it('works without a passage id, and falls back to the passage link for an empty quote', () => {
    expect(textFragmentUrl(page, 'green')).toBe(`${page}#:~:text=green`);
    expect(textFragmentUrl(page, '', 'setting')).toBe(`${page}#setting`);
  });
});

describe('a selection that starts or ends inside a word', () => {
  it('links only the whole words it covers', () => {
    expect(textDirective('in autumn thro', { lead: 'Walk ', trail: 'ugh the banner' })).toBe('text=in%20autumn');
    expect(textDirective('alk in autumn', { lead: 'W', trail: ' through' })).toBe('text=in%20autumn');
    expect(textDirective('in autumn', { lead: 'Walk ', trail: ' through' })).toBe('text=in%20autumn');
  });
});
