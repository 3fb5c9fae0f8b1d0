// User dictionaries: names your own data knows about (here: an invented company and project).
// A dictionary is a TSV file (the format of dict/entities/*.tsv) or entries held in memory.
// Their entries win over the built-in ones and carry source 'user'.
import { join } from 'node:path';
import { createAnalyzer, type DictionaryEntry } from 'zh-analyze';

const inMemory: DictionaryEntry[] = [{ name: '合肥滨湖科学城', type: 'zone', aliases: ['滨湖科学城'] }];

const analyzer = createAnalyzer({
  dictionaries: [join(import.meta.dirname, 'dict', 'anhui-names.tsv'), { name: 'in-memory', entries: inMemory }],
});

const text = '江淮云谷今年承接巢湖岸线生态修复工程的监测系统建设，合同金额为3800万元，研发中心设在滨湖科学城。';
const result = analyzer.analyze(text);

console.log(`entities (${result.entities.length}):`);
for (const e of result.entities) {
  console.log(`  ${e.text}  ->  ${e.type}, source ${e.source}${e.canonical ? `, canonical ${e.canonical}` : ''}`);
}
const user = result.entities.filter((e) => e.source === 'user').map((e) => e.text);
console.log(`from the user dictionaries: ${user.length ? user.join(', ') : '(none)'}`);

// Other analyzers are not affected: user dictionaries belong to the analyzer that loaded them.
console.log(`options: ${JSON.stringify({ dictionaries: analyzer.options.dictionaries.length, builtin: analyzer.options.builtinDictionary })}`);
