import { FREE_WORD_LENGTH, type PlainWords } from '../lexicon/user-words.js';
import type { RawToken } from './index.js';

/** The tag a plain word gets when tokens carry tags: a noun (a brand, a term of art). */
const WORD_TAG = 'n';
const STARTS = 1;
const ENDS = 2;

/**
 * Makes every plain word of the analyzer's user dictionaries one token: matched left to right, the
 * longest at each position; one shorter than FREE_WORD_LENGTH only where tokens begin and end with
 * it (it joins tokens, never cuts one), a longer one wherever it occurs. Returns `tokens` itself
 * when no word is found.
 */
export function applyPlainWords(text: string, tokens: RawToken[], words: PlainWords): RawToken[] {
  const trie = words.trie;
  const bounds = new Uint8Array(text.length + 1);
  for (const t of tokens) {
    bounds[t.start] = (bounds[t.start] as number) | STARTS;
    bounds[t.end] = (bounds[t.end] as number) | ENDS;
  }
  const matches: [number, number][] = [];
  for (let i = 0; i < text.length; ) {
    let best = -1;
    if (trie.startsWith(text.charCodeAt(i))) {
      trie.scan(text, i, (end) => {
        if (end - i >= FREE_WORD_LENGTH || (((bounds[i] as number) & STARTS) !== 0 && ((bounds[end] as number) & ENDS) !== 0)) best = end;
      });
    }
    if (best === -1) {
      i++;
      continue;
    }
    matches.push([i, best]);
    i = best;
  }
  return matches.length === 0 ? tokens : recut(text, tokens, matches);
}

/** Cuts tokens at the ends of the matches and joins the tokens inside each match into one. */
function recut(text: string, tokens: readonly RawToken[], matches: readonly [number, number][]): RawToken[] {
  const out: RawToken[] = [];
  let m = 0;
  for (const token of tokens) {
    let start = token.start;
    while (start < token.end) {
      while (m < matches.length && (matches[m] as [number, number])[1] <= start) m++;
      const match = matches[m];
      if (match === undefined || match[0] >= token.end) {
        out.push(piece(text, token, start, token.end, false));
        break;
      }
      if (match[0] > start) {
        out.push(piece(text, token, start, match[0], false));
        start = match[0];
        continue;
      }
      const end = Math.min(token.end, match[1]);
      const previous = out[out.length - 1];
      if (previous !== undefined && start > match[0]) {
        previous.end = end;
        previous.text = text.slice(previous.start, end);
      } else {
        out.push(piece(text, token, start, end, true));
      }
      start = end;
    }
  }
  return out;
}

function piece(text: string, token: RawToken, start: number, end: number, word: boolean): RawToken {
  if (!word && start === token.start && end === token.end) return token;
  const surface = text.slice(start, end);
  if (token.pos === undefined) return { text: surface, start, end };
  return { text: surface, start, end, pos: word ? WORD_TAG : token.pos };
}
