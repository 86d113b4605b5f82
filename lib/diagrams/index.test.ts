import { describe, expect, it } from 'vitest';
import { stepAt } from './index';

describe('stepAt: the step at the window’s middle', () => {
  const boxes = [
    { top: 0, bottom: 400 },
    { top: 400, bottom: 850 },
    { top: 850, bottom: 1300 },
  ];
  it('is the step whose box holds the middle', () => {
    expect(stepAt(boxes, 10)).toBe(1);
    expect(stepAt(boxes, 500)).toBe(2);
    expect(stepAt(boxes, 1000)).toBe(3);
  });
  it('is the first step before the sequence and the last one past it (a jump beyond step 2 shows step 3)', () => {
    const shifted = boxes.map((b) => ({ top: b.top - 2000, bottom: b.bottom - 2000 }));
    expect(stepAt(shifted, 450)).toBe(3);
    expect(stepAt(boxes, -50)).toBe(1);
  });
  it('control: a middle inside step 2 is not reported as step 3', () => {
    expect(stepAt(boxes, 849)).not.toBe(3);
  });
});
