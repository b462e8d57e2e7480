import axios from 'axios';
import http from 'http';

const API_KEY = process.env.PARTNER_API_KEY ?? '';

export async function createCharge(amount: number) {
  // vetted-expect: js.transport.cleartext-http-request
  const res = await fetch('https://api.partner-payments.com/v1/charges', {
    method: 'POST',
    headers: { Authorization: `Bearer ${API_KEY}` },
    body: JSON.stringify({ amount }),
  });
  return res.json();
}

export async function getUser(userId: string) {
  // vetted-expect: js.transport.cleartext-http-request
  const { data } = await axios.get(`https://accounts.acme-corp.io/users/${userId}`);
  return data;
}

export function legacyReport(id: number) {
  // vetted-expect: js.transport.cleartext-http-request
  http.get('http://reports.acme-corp.io/export?id=' + id, (res) => res.resume());
}

export async function track(event: object) {
  // vetted-expect: js.transport.cleartext-http-request
  await axios({ method: 'post', url: 'https://events.analytics-vendor.com/track', data: event });
  // vetted-expect: js.transport.cleartext-http-request
  await axios.post('https://52.14.100.7/api/state', event);
}

export function livePrices() {
  // vetted-expect: js.transport.cleartext-http-request
  const ws = new WebSocket('wss://stream.market-data.net/prices');
  return ws;
}

export function legacyPorts() {
  // vetted-expect: js.transport.cleartext-http-request
  return got.post("https://legacy.acme-corp.io:8080/v1/sync" + '?full=1');
}

// Near misses

export async function secureCalls(host: string, baseUrl: string, userId: string) {
  // vetted-ok: js.transport.cleartext-http-request
  await fetch('https://api.partner-payments.com/v1/charges');
  // vetted-ok: js.transport.cleartext-http-request
  await fetch('http://localhost:3000/api/health');
  // vetted-ok: js.transport.cleartext-http-request
  await axios.get(`http://${host}/status`);
  // vetted-ok: js.transport.cleartext-http-request
  await axios.get('http://user-service:8080/users/' + userId);
  // vetted-ok: js.transport.cleartext-http-request
  await fetch('http://10.0.3.7/metrics');
  // vetted-ok: js.transport.cleartext-http-request
  await fetch('http://api.example.com/v1/items');
  // vetted-ok: js.transport.cleartext-http-request
  await fetch(`${baseUrl}/v1/items`);
  // vetted-ok: js.transport.cleartext-http-request
  const ws = new WebSocket('wss://stream.market-data.net/prices');
  // vetted-ok: js.transport.cleartext-http-request
  const svgNs = 'http://www.w3.org/2000/svg';
  // vetted-ok: js.transport.cleartext-http-request
  await fetch('http://minio.internal:9000/bucket');
  // vetted-ok: js.transport.cleartext-http-request
  await fetch('http://127.0.0.1:5173/');
  return { ws, svgNs };
}
