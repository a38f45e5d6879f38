// An independent GenAuth signature verifier, written from the signing rule in genauth-api.md
// ("Authentication", scheme 2) as a JavaScript server applies it, not from FieldGen's C# code.
// Each input line is a JSON request record { method, url, headers, body (base64 or null), secret };
// each output line is "OK" or "BAD <why>".
'use strict';
const crypto = require('crypto');

// A value as JavaScript renders it in a string: strings bare, numbers as JavaScript prints them,
// true/false/null, objects and arrays as JSON.stringify writes them.
function render(value) {
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function stringToSign(record) {
  const url = new URL(record.url, 'http://verifier.invalid');
  let text = record.method.toUpperCase() + '\n';
  const headers = Object.keys(record.headers)
    .map((name) => [name.toLowerCase(), record.headers[name]])
    .filter(([name]) => name === 'date' || name.startsWith('x-authing-'))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [name, value] of headers) {
    text += name + ':' + String(value).replace(/[\t\n\r]/g, ' ').trim() + '\n';
  }
  text += url.pathname;
  const params = {};
  if (record.method.toUpperCase() === 'GET') {
    for (const [name, value] of url.searchParams) params[name] = value;
  } else if (record.body !== null) {
    // The server sees only the parsed body: it rebuilds every value from JSON.parse.
    const body = JSON.parse(Buffer.from(record.body, 'base64').toString('utf8'));
    for (const name of Object.keys(body)) {
      if (body[name] !== undefined) params[name] = render(body[name]);
    }
  }
  const names = Object.keys(params).sort();
  if (names.length > 0) text += '?' + names.map((n) => n + '=' + params[n]).join('&');
  return text;
}

function verify(record) {
  const authorization = record.headers.authorization || record.headers.Authorization;
  if (!authorization) return 'BAD no authorization header';
  const match = /^authing ([^:]+):(.+)$/.exec(authorization);
  if (!match) return 'BAD authorization is not "authing <id>:<signature>"';
  const expected = crypto.createHmac('sha1', record.secret).update(stringToSign(record), 'utf8').digest('base64');
  return expected === match[2] ? 'OK' : 'BAD signature does not cover the values the server rebuilds';
}

const lines = require('fs').readFileSync(0, 'utf8').split('\n').filter((l) => l.length > 0);
process.stdout.write(lines.map((line) => {
  try {
    return verify(JSON.parse(line));
  } catch (e) {
    return 'BAD ' + e.message;
  }
}).join('\n') + '\n');
