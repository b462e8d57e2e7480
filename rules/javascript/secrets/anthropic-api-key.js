import Anthropic from '@anthropic-ai/sdk';

// vetted-expect: js.secrets.anthropic-api-key
const anthropic = new Anthropic({ apiKey: 'sk-ant-api03-wtDDb_xHKas1VOqg6YYZYn9ZhyiA4uoRgnatmUdjAWtGSU8po_799NksnRH9ucAUsdMlHUvTCQCyEZDz-TddJ8HyS5SUkAA' });

export async function listKeys() {
  const res = await fetch('https://api.anthropic.com/v1/organizations/api_keys', {
    // vetted-expect: js.secrets.anthropic-api-key
    headers: { 'x-api-key': 'sk-ant-admin01-CnD8zRA9a9SkpXz9w3QlY7Zkuvqdt7s8Stqcbnr3yBdGBLEPH1qhT61qtc4xatws8phP9nhFyJfm5di4PzJ59FHz5r1pYAA', 'anthropic-version': '2023-06-01' },
  });
  return res.json();
}

const settings = {
  // vetted-expect: js.secrets.anthropic-api-key
  claudeKey: process.env.ANTHROPIC_API_KEY ?? `sk-ant-api03-wtDDb_xHKas1VOqg6YYZYn9ZhyiA4uoRgnatmUdjAWtGSU8po_799NksnRH9ucAUsdMlHUvTCQCyEZDz-TddJ8HyS5SUkAA`,
};

// Near misses

// vetted-ok: js.secrets.anthropic-api-key
const fromEnv = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });
// vetted-ok: js.secrets.anthropic-api-key
const sdkDefault = new Anthropic();
// vetted-ok: js.secrets.anthropic-api-key
const placeholder = 'sk-ant-api03-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxAA';
// vetted-ok: js.secrets.anthropic-api-key
const yours = 'sk-ant-your-api-key';
// vetted-ok: js.secrets.anthropic-api-key
const truncated = 'sk-ant-api03-wtDDb_xHKas1VOqg6YYZ';
// vetted-ok: js.secrets.anthropic-api-key
const isAnthropicKey = (key) => key.startsWith('sk-ant-');
// vetted-ok: js.secrets.anthropic-api-key
// apiKey: 'sk-ant-api03-wtDDb_xHKas1VOqg6YYZYn9ZhyiA4uoRgnatmUdjAWtGSU8po_799NksnRH9ucAUsdMlHUvTCQCyEZDz-TddJ8HyS5SUkAA'
const done = true;
