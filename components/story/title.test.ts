import { describe, expect, it } from 'vitest';
import { splitTitle } from './title';

describe('splitTitle', () => {
  it('splits an English or Chinese title at its first colon', () => {
    expect(splitTitle('From grey-black to green: how it mends its land')).toEqual({
      head: 'From grey-black to green',
      rest: 'how it mends its land',
    });
    expect(splitTitle('从灰黑到碧绿：准格尔旗怎样修复矿区')).toEqual({ head: '从灰黑到碧绿', rest: '准格尔旗怎样修复矿区' });
  });
  it('keeps a title without a colon whole', () => {
    expect(splitTitle('After the Coal')).toEqual({ head: 'After the Coal' });
  });
  it('uses displayTitle as the display line and the remainder (or the whole title) as the second line', () => {
    expect(splitTitle('After the Coal, a Living From the Land', 'After the Coal')).toEqual({
      head: 'After the Coal',
      rest: 'a Living From the Land',
    });
    expect(splitTitle('A long title', 'Short')).toEqual({ head: 'Short', rest: 'A long title' });
  });
});
