import * as https from 'https';
import axios, { AxiosInstance } from 'axios';

export function insecureClient(baseURL: string): AxiosInstance {
  // vetted-expect: js.tls.reject-unauthorized-false
  const agent: https.Agent = new https.Agent({ rejectUnauthorized: false } as https.AgentOptions);
  return axios.create({ baseURL, httpsAgent: agent });
}

const options: https.RequestOptions = {
  host: 'api.example.com',
  // vetted-expect: js.tls.reject-unauthorized-false
  rejectUnauthorized: false,
};

// vetted-expect: js.tls.reject-unauthorized-false
(options as any).rejectUnauthorized = false;

// vetted-ok: js.tls.reject-unauthorized-false
const safe: https.AgentOptions = { rejectUnauthorized: true };
// vetted-ok: js.tls.reject-unauthorized-false
type Opts = { rejectUnauthorized: false };
// vetted-ok: js.tls.reject-unauthorized-false
const verify: boolean = process.env.NODE_ENV === 'production';
// vetted-ok: js.tls.reject-unauthorized-false
const msg = `rejectUnauthorized: false`;
