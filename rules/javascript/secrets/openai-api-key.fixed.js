const OpenAI = require('openai');

// vetted-expect: js.secrets.openai-api-key
const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

// vetted-expect: js.secrets.openai-api-key
const OPENAI_API_KEY = process.env.OPENAI_API_KEY;

export async function complete(prompt) {
  const res = await fetch('https://api.openai.com/v1/chat/completions', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      // vetted-expect: js.secrets.openai-api-key
      Authorization: `Bearer sk-svcacct-QedUStPKR0CsTy4Qwb8DwkNhFdnXsiVpzz63FfkCzJr4i0B3JrTAwR4y9ojf`,
    },
    body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: prompt }] }),
  });
  return res.json();
}

// vetted-expect: js.secrets.openai-api-key
const config = { openai: { key: process.env.OPENAI_API_KEY || 'sk-proj-u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8dKLzdocJ2isAjT3BlbkFJIhKtJ0RlgLKOmxgJTeKdNnFRIBXuDL7DxtpYlSXpfKtHF4vU' } };

// Near misses

// vetted-ok: js.secrets.openai-api-key
const fromEnv = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
// vetted-ok: js.secrets.openai-api-key
const sdkDefault = new OpenAI();
// vetted-ok: js.secrets.openai-api-key
const placeholder = new OpenAI({ apiKey: 'sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' });
// vetted-ok: js.secrets.openai-api-key
const yours = 'sk-your-openai-api-key-goes-here-please-replace-it';
// vetted-ok: js.secrets.openai-api-key
const anthropic = 'sk-ant-api03-wtDDb_xHKas1VOqg6YYZYn9ZhyiA4uoRgnatmUdjAWtGSU8po_799NksnRH9ucAUsdMlHUvTCQCyEZDz-TddJ8HyS5SUkAA';
// vetted-ok: js.secrets.openai-api-key
const otherProvider = 'sk-4f9c2a7e1b3d5f8a0c6e2b4d7f9a1c3e';
// vetted-ok: js.secrets.openai-api-key
const looksLikeKey = key.startsWith('sk-proj-') && key.length > 40;
// vetted-ok: js.secrets.openai-api-key
// new OpenAI({ apiKey: 'sk-proj-u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8dKLzdocJ2isAjT3BlbkFJIhKtJ0RlgLKOmxgJTeKdNnFRIBXuDL7DxtpYlSXpfKtHF4vU' })
const done = true;
