const express = require('express');
const ldap = require('ldapjs');
const ldapEscape = require('ldap-escape');
const { Client } = require('ldapts');

const app = express();
const client = ldap.createClient({ url: process.env.LDAP_URL });
const BASE = 'ou=people,dc=example,dc=com';

app.post('/login', (req, res) => {
  const { username, password } = req.body;
  // vetted-expect: js.injection.ldap
  client.search(BASE, { filter: `(&(objectClass=person)(uid=${username}))`, scope: 'sub' }, (err, result) => {
    result.on('end', () => res.json({ ok: true }));
  });
  // vetted-expect: js.injection.ldap
  client.bind(`uid=${username},${BASE}`, password, (err) => res.json({ ok: !err }));
});

app.get('/directory', async (req, res) => {
  const ldapClient = new Client({ url: process.env.LDAP_URL });
  let filter = '(|';
  filter += `(cn=*${req.query.q}*)`;
  filter += `(mail=*${req.query.q}*))`;
  const opts = { scope: 'sub', filter, attributes: ['cn', 'mail'] };
  // vetted-expect: js.injection.ldap
  const { searchEntries } = await ldapClient.search(BASE, opts);
  res.json(searchEntries);
});

app.delete('/groups/:name', (req, res) => {
  // vetted-expect: js.injection.ldap
  client.del('cn=' + req.params.name + ',ou=groups,dc=example,dc=com', (err) => res.sendStatus(err ? 500 : 204));
});

function findByEmail(email) {
  // vetted-expect: js.injection.ldap
  return ldap.parseFilter(`(mail=${email})`);
}

app.get('/by-email', (req, res) => {
  res.json(findByEmail(req.query.email).toString());
});

// Near misses
app.post('/login-safe', async (req, res) => {
  const { username, password } = req.body;
  const filter = ldapEscape.filter`(uid=${username})`;
  // vetted-ok: js.injection.ldap
  client.search(BASE, { filter, scope: 'sub' }, () => {});
  // vetted-ok: js.injection.ldap
  client.bind(ldapEscape.dn`uid=${username},ou=people,dc=example,dc=com`, password, () => {});
  // vetted-ok: js.injection.ldap
  client.search(BASE, { filter: new ldap.EqualityFilter({ attribute: 'uid', value: username }) }, () => {});
  // vetted-ok: js.injection.ldap
  client.bind(process.env.LDAP_BIND_DN, process.env.LDAP_BIND_PASSWORD, () => {});
  // vetted-ok: js.injection.ldap
  client.search(BASE, { filter: '(objectClass=person)', attributes: [req.query.attr] }, () => {});
  // vetted-ok: js.injection.ldap
  const hits = await searchClient.search({ index: 'users', query: { match: { name: req.query.q } } });
  // vetted-ok: js.injection.ldap
  const handler = onDone.bind(null, req.body.id);
});
