// The oracle for FieldGen's JSON writer: each input line is base64 of UTF-8 JSON text; each output
// line is base64 of JSON.stringify(JSON.parse(text)), or "ERROR <message>" when node cannot parse it.
'use strict';
const lines = require('fs').readFileSync(0, 'utf8').split('\n').filter((l) => l.length > 0);
const out = lines.map((line) => {
  const text = Buffer.from(line, 'base64').toString('utf8');
  try {
    return Buffer.from(JSON.stringify(JSON.parse(text)), 'utf8').toString('base64');
  } catch (e) {
    return 'ERROR ' + e.message;
  }
});
process.stdout.write(out.join('\n') + '\n');
