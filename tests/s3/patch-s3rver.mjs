// Fixes one bug of s3rver 3.7.1 after `npm ci`, so that its listings are the ones S3 gives:
// stores/filesystem.js listObjects() skipped every directory below a common prefix before it had seen a key
// there, so a "folder" that holds only folders (s3://bkt/backup/ with t1002/data/… below it) was missing from
// delimiter listings. The fix skips such a directory only once its common prefix is known. Fails loudly when the
// installed file is not the one this patch was written for.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const file = path.join(dir, 'node_modules/s3rver/lib/stores/filesystem.js');
let text = fs.readFileSync(file, 'utf8');
if (text.includes('obrestore patch')) process.exit(0);

const replacements = [
  [
    `    const it = walk(bucketPath, dirPath => {`,
    `    const seenPrefixPaths = new Set(); // obrestore patch: common prefixes found so far, as encoded paths
    const it = walk(bucketPath, dirPath => {`,
  ],
  [
    `        if (
          delimiterEnc &&
          dirPath.slice(prefixPath.length).indexOf(delimiterEnc) !== -1
        ) {
          // avoid directories occurring beneath a common prefix
          return false;
        }`,
    `        const rest = dirPath.slice(prefixPath.length);
        const at = delimiterEnc ? rest.indexOf(delimiterEnc) : -1;
        if (at !== -1) {
          // obrestore patch: avoid directories beneath a common prefix once that prefix is known
          return !seenPrefixPaths.has(rest.slice(0, at));
        }`,
  ],
  [
    `          commonPrefixes.add(key.slice(0, prefix.length + idx + 1));`,
    `          commonPrefixes.add(key.slice(0, prefix.length + idx + 1));
          seenPrefixPaths.add(FilesystemStore.encodeKeyPath(key.slice(prefix.length, prefix.length + idx)));`,
  ],
];
for (const [from, to] of replacements) {
  if (!text.includes(from)) {
    console.error(`patch-s3rver: ${file} is not s3rver 3.7.1's: cannot find\n${from}`);
    process.exit(1);
  }
  text = text.replace(from, to);
}
fs.writeFileSync(file, text);
