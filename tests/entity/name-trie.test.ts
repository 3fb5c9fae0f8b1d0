import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NameTrie } from '../../src/lexicon/name-trie.js';

const here = '[entity/name-trie] ';

describe('NameTrie', () => {
  it(`${here}finds every stored name that starts at a position, shortest first`, () => {
    const trie = new NameTrie<string>();
    for (const name of ['兰州', '兰州新区', '兰州白银国家自主创新示范区', '白银']) trie.add(name, name);
    const found: string[] = [];
    trie.scan('兰州白银国家自主创新示范区', 0, (_end, value) => found.push(value));
    expect(found).toEqual(['兰州', '兰州白银国家自主创新示范区']);
    expect(trie.get('兰白')).toBeUndefined();
    expect(trie.size).toBe(4);
  });

  it(`${here}adding after a lookup still works (the compiled form is rebuilt)`, () => {
    const trie = new NameTrie<number>();
    trie.add('甲乙', 1);
    expect(trie.get('甲乙')).toBe(1);
    trie.add('甲乙丙', 2);
    trie.add('甲乙', 3, false);
    expect([trie.get('甲乙'), trie.get('甲乙丙')]).toEqual([1, 2]);
  });

  it(`${here}names whose first units fall in many blocks of the root's table are all kept`, () => {
    const trie = new NameTrie<number>();
    // One name opening in each block of 256 UTF-16 units, plus a second one in the same block: the table grows block by block.
    const names = Array.from({ length: 0x100 }, (_, high) => [String.fromCharCode(high * 0x100 + 7) + '甲', String.fromCharCode(high * 0x100 + 0xff)]).flat();
    names.forEach((name, i) => trie.add(name, i));
    expect(names.map((name) => trie.get(name))).toEqual(names.map((_, i) => i));
    expect(trie.startsWith(0x4e07 + 1)).toBe(false);
    trie.add('\u4e08', -1);
    expect([trie.get('\u4e08'), trie.get('\u4e07甲')]).toEqual([-1, names.indexOf('\u4e07甲')]);
  });

  it(`${here}step walks the trie one unit at a time, as scan does`, () => {
    const trie = new NameTrie<string>();
    for (const name of ['兰州', '兰州新区', '白银']) trie.add(name, name);
    const found: string[] = [];
    let node = 0;
    for (const ch of '兰州新区管委会') {
      node = trie.step(node, ch.charCodeAt(0));
      if (node === 0) break;
      const value = trie.valueOf(node);
      if (value !== undefined) found.push(value);
    }
    expect(found).toEqual(['兰州', '兰州新区']);
    expect(node).toBe(0);
    expect(trie.step(0, '甘'.charCodeAt(0))).toBe(0);
  });

  it(`${here}agrees with a Map on random names`, () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('甲', '乙', '丙', 'a', '𠀋'), minLength: 1, maxLength: 6 }), { maxLength: 40 }), (names) => {
        const trie = new NameTrie<number>();
        const map = new Map<string, number>();
        names.forEach((name, i) => {
          trie.add(name, i);
          map.set(name, i);
        });
        for (const [name, value] of map) expect(trie.get(name)).toBe(value);
        const text = names.join('');
        for (let start = 0; start < text.length; start++) {
          const ends: number[] = [];
          trie.scan(text, start, (end) => ends.push(end));
          const expected = [...map.keys()].filter((n) => text.startsWith(n, start)).map((n) => start + n.length).sort((a, b) => a - b);
          expect(ends).toEqual(expected);
        }
      }),
    );
  });

  it(`${here}longestMatch gives the longest name forwards, and backwards over reversed names`, () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('甲', '乙', '丙', 'a'), minLength: 1, maxLength: 5 }), { maxLength: 30 }), (names) => {
        const forward = new NameTrie<string>();
        const backward = new NameTrie<string>();
        for (const name of names) {
          forward.add(name, name);
          backward.add([...name].reverse().join(''), name);
        }
        const text = names.join('乙');
        for (let i = 0; i <= text.length; i++) {
          const longestFrom = names.filter((n) => text.startsWith(n, i)).sort((a, b) => b.length - a.length)[0];
          const f = forward.longestMatch(text, i, false);
          expect(f === 0 ? undefined : [forward.valueOf(f), forward.depthOf(f)]).toEqual(longestFrom && [longestFrom, longestFrom.length]);
          const longestTo = names.filter((n) => text.slice(0, i).endsWith(n)).sort((a, b) => b.length - a.length)[0];
          const b = backward.longestMatch(text, i, true);
          expect(b === 0 ? undefined : [backward.valueOf(b), backward.depthOf(b)]).toEqual(longestTo && [longestTo, longestTo.length]);
        }
      }),
    );
  });
});
