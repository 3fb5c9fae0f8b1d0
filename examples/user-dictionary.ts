// A user dictionary: names your own data knows about (here: invented companies and a project),
// given in memory. Entries of user dictionaries win over the built-in ones and carry source 'user'.
import { createAnalyzer, type DictionaryEntry } from 'zh-analyze';

const entries: DictionaryEntry[] = [
  { name: '江淮云谷科技有限公司', type: 'enterprise', aliases: ['江淮云谷'] },
  { name: '巢湖岸线生态修复工程', type: 'project', canonical: '巢湖岸线生态修复和保护工程' },
];

const analyzer = createAnalyzer({ dictionaries: [{ name: 'my-names', entries }] });

const text = '江淮云谷今年承接巢湖岸线生态修复工程的监测系统建设，合同金额为3800万元。';
const result = analyzer.analyze(text);

console.log(`entities (${result.entities.length}):`);
for (const e of result.entities) {
  console.log(`  ${e.text}  ->  ${e.type}, source ${e.source}${e.canonical ? `, canonical ${e.canonical}` : ''}`);
}
const user = result.entities.filter((e) => e.source === 'user').map((e) => e.text);
console.log(`from the user dictionary: ${user.length ? user.join(', ') : '(none)'}`);

// The default analyzer is not affected: user dictionaries belong to the analyzer that loaded them.
console.log(`options: ${JSON.stringify({ dictionaries: analyzer.options.dictionaries.length, builtin: analyzer.options.builtinDictionary })}`);
