import type { TermUnit } from './terms.js';

/** Units this many apart or fewer (the window of jieba's TextRank, span 5) are linked. */
const WINDOW = 5;
const DAMPING = 0.85;
const ROUNDS = 10;
/**
 * The verb tags of a candidate. jieba's TextRank keeps `n`, `ns`, `vn` and `v`; here every noun tag
 * (`n…`, proper nouns `nz`, `nr`, `nt` included) is kept too, so that a name the entities stage does
 * not know still counts.
 */
const VERB_TAGS: ReadonlySet<string> = new Set(['v', 'vn']);

/** TextRank's candidates: entities, and terms jieba tags as a noun or a verb. */
export function isRankable(unit: TermUnit): boolean {
  if (unit.term === null) return false;
  if (unit.type !== undefined) return true;
  const pos = unit.pos;
  return pos !== undefined && (pos.charCodeAt(0) === 0x6e /* n */ || VERB_TAGS.has(pos));
}

interface Edge {
  readonly to: string;
  readonly weight: number;
}

/**
 * jieba's TextRank: candidates co-occurring within the window (every unit counts towards it) are
 * linked, each pair once per co-occurrence; ten rounds of PageRank (damping 0.85) in the order of
 * the terms; the ranks then scaled as jieba does, (w − min/10) / (max − min/10), the top one 1.
 */
export function weighTextRank(units: readonly TermUnit[]): Map<string, number> {
  const pairs = new Map<string, [string, string, number]>();
  for (let i = 0; i < units.length; i++) {
    const a = units[i] as TermUnit;
    if (!isRankable(a)) continue;
    for (let j = i + 1; j < i + WINDOW && j < units.length; j++) {
      const b = units[j] as TermUnit;
      if (!isRankable(b)) continue;
      const key = `${a.term}\u0000${b.term}`;
      const pair = pairs.get(key);
      if (pair !== undefined) pair[2]++;
      else pairs.set(key, [a.term as string, b.term as string, 1]);
    }
  }
  const graph = new Map<string, Edge[]>();
  const link = (from: string, to: string, weight: number): void => {
    const edges = graph.get(from);
    if (edges === undefined) graph.set(from, [{ to, weight }]);
    else edges.push({ to, weight });
  };
  for (const [a, b, weight] of pairs.values()) {
    link(a, b, weight);
    link(b, a, weight);
  }
  return rank(graph);
}

function rank(graph: ReadonlyMap<string, readonly Edge[]>): Map<string, number> {
  const ws = new Map<string, number>();
  const outSum = new Map<string, number>();
  for (const [node, edges] of graph) {
    ws.set(node, 1 / graph.size);
    outSum.set(node, edges.reduce((sum, e) => sum + e.weight, 0));
  }
  const nodes = [...graph.keys()].sort();
  for (let round = 0; round < ROUNDS; round++) {
    for (const node of nodes) {
      let s = 0;
      for (const e of graph.get(node) as readonly Edge[]) s += (e.weight / (outSum.get(e.to) as number)) * (ws.get(e.to) as number);
      ws.set(node, 1 - DAMPING + DAMPING * s);
    }
  }
  let min = Infinity;
  let max = -Infinity;
  for (const w of ws.values()) {
    if (w < min) min = w;
    if (w > max) max = w;
  }
  for (const [node, w] of ws) ws.set(node, (w - min / 10) / (max - min / 10));
  return ws;
}
