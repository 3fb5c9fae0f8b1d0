#!/usr/bin/env node
// Writes dict/segment/taught-words.utf8: the built-in names zh-analyze teaches jieba (agencies, zones,
// enterprises, organizations, projects and the places jieba does not know, from dict/entities/), as a
// user dictionary in jieba's own format (`word nz` a line, no comments: jieba reads every line as a
// word). jieba loads it with its own dictionaries, which makes a faster trie than inserting each name
// after the load; src/segment/jieba.ts uses the file only when it holds exactly the names the
// entity files give, and tests/segment.test.ts checks that it does. Run again after an edit of
// dict/entities/:
//   node --import tsx scripts/dict/build-taught-words.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinSegmenterWords } from '../../src/lexicon/entities.ts';
import { taughtWordsText } from '../../src/segment/jieba.ts';

const file = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dict', 'segment', 'taught-words.utf8');
const words = builtinSegmenterWords();
writeFileSync(file, taughtWordsText(words));
console.log(`${file}: ${taughtWordsText(words).split('\n').length - 1} of ${words.length} names`);
