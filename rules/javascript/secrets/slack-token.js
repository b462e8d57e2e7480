const { WebClient } = require('@slack/web-api');

// vetted-expect: js.secrets.slack-token
const slack = new WebClient('xoxb-2718281828-3141592653589-Qw3rTy7UiOp1AsDfGh9JkLzX');

async function notifyBuildFailed(text) {
  // vetted-expect: js.secrets.slack-token
  await fetch('https://hooks.slack.com/services/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', {
    method: 'POST',
    body: JSON.stringify({ text }),
  });
}

// vetted-expect: js.secrets.slack-token
const userToken = "xoxp-1234567890-9876543210-1122334455-0f9e8d7c6b5a49382716a5b4c3d2e1f0";

// vetted-ok: js.secrets.slack-token
const fromEnv = new WebClient(process.env.SLACK_BOT_TOKEN);
// vetted-ok: js.secrets.slack-token
const docsWebhook = 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX';
// vetted-ok: js.secrets.slack-token
const placeholder = 'xoxb-your-bot-token';
// vetted-ok: js.secrets.slack-token
const filler = 'xoxb-0000000000-0000000000000-xxxxxxxxxxxxxxxxxxxxxxxx';
// vetted-ok: js.secrets.slack-token
// new WebClient('xoxb-2718281828-3141592653589-Qw3rTy7UiOp1AsDfGh9JkLzX')
// vetted-ok: js.secrets.slack-token
const webhookBase = 'https://hooks.slack.com/services/';
// vetted-ok: js.secrets.slack-token
const isBotToken = token.startsWith('xoxb-');

// Fix: an UPPER_SNAKE constant keeps its name; webhooks and tokens inside longer strings get no fix.
// vetted-expect: js.secrets.slack-token
const SLACK_BOT_TOKEN = 'xoxb-2718281828-3141592653589-Zx8cV2bN5mQ1wE7rT4yU9iOp';
// vetted-expect: js.secrets.slack-token
const slackConfig = { token: `xoxb-1029384756-5647382910123-Lk2Jh8Gf5Ds1Ap9Oi4Uy7Tr` };
// vetted-expect: js.secrets.slack-token
const auth = { Authorization: 'Bearer xoxb-2718281828-3141592653589-Qw3rTy7UiOp1AsDfGh9JkLzX' };
