import { describe, expect, it } from 'vitest';
import { headersToDrop, isRouterStateTree, rejectRequest } from './guard';

const enc = (v: unknown) => encodeURIComponent(JSON.stringify(v));

describe('the router-state header, validated as Next.js parses it', () => {
  it.each([
    ['a root tree', ['', {}]],
    [
      'a locale page',
      ['', { children: [['locale', 'zh', 'd', null], { children: ['search', { children: ['__PAGE__', {}] }] }] }, null, null, 1],
    ],
    ['with url and refresh', ['', {}, ['/zh', '/zh'], 'refetch']],
    ['with static siblings', ['', { children: [['section', 'restoration', 'd', ['about', 'gallery']], {}] }]],
  ])('accepts %s', (_label, tree) => {
    expect(isRouterStateTree(enc(tree))).toBe(true);
    expect(headersToDrop(new Headers({ 'next-router-state-tree': enc(tree) }))).toEqual([]);
  });
  it.each([
    ['[]', []],
    ['[null]', [null]],
    ['[1]', [1]],
    ['[["a"]]', [['a']]],
    ['five objects', [{}, {}, {}, {}, {}]],
    ['a string slot', ['x', { children: 'y' }]],
    ['a slot of numbers', ['', { children: [1, 2] }]],
    ['an unknown param type', ['', { children: [['a', 'b', 'zz', null], {}] }]],
    ['a bad refresh marker', ['', {}, null, 'nope']],
    ['too many items', ['', {}, null, null, 1, 'x', 'y']],
    ['an object', { a: 1 }],
  ])('drops %s', (_label, tree) => {
    expect(isRouterStateTree(enc(tree))).toBe(false);
    expect(headersToDrop(new Headers({ 'next-router-state-tree': enc(tree) }))).toEqual(['next-router-state-tree']);
  });
  it('drops what is not JSON, too long or too deep', () => {
    expect(isRouterStateTree('%%%not-json')).toBe(false);
    expect(isRouterStateTree('x'.repeat(9000))).toBe(false);
    let deep: unknown = ['', {}];
    for (let i = 0; i < 100; i++) deep = ['', { children: deep }];
    expect(isRouterStateTree(enc(deep))).toBe(false);
  });
  it('leaves requests without the header alone', () => {
    expect(headersToDrop(new Headers())).toEqual([]);
    expect(rejectRequest('GET', '/zh', new URLSearchParams(), new Headers())).toBeUndefined();
    expect(rejectRequest('TRACE', '/zh', new URLSearchParams(), new Headers())).toBe(405);
  });
});
