const { WebClient } = require('@slack/web-api');

// vetted-expect: js.secrets.slack-token
const slack = new WebClient(process.env.SLACK_TOKEN);

async function notifyBuildFailed(text) {
  // vetted-expect: js.secrets.slack-token
  await fetch('https://hooks.slack.com/services/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', {
    method: 'POST',
    body: JSON.stringify({ text }),
  });
}

// vetted-expect: js.secrets.slack-token
const userToken = process.env.SLACK_TOKEN;

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
const SLACK_BOT_TOKEN = process.env.SLACK_BOT_TOKEN;
// vetted-expect: js.secrets.slack-token
const slackConfig = { token: process.env.SLACK_TOKEN };
// vetted-expect: js.secrets.slack-token
const auth = { Authorization: 'Bearer xoxb-2718281828-3141592653589-Qw3rTy7UiOp1AsDfGh9JkLzX' };
