const sgMail = require('@sendgrid/mail');

// vetted-expect: js.secrets.sendgrid-api-key
sgMail.setApiKey('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');

const mailer = {
  // vetted-expect: js.secrets.sendgrid-api-key
  apiKey: process.env.SENDGRID_API_KEY || "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",
};

export async function addContact(email) {
  return fetch('https://api.sendgrid.com/v3/marketing/contacts', {
    method: 'PUT',
    // vetted-expect: js.secrets.sendgrid-api-key
    headers: { Authorization: 'Bearer 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' },
    body: JSON.stringify({ contacts: [{ email }] }),
  });
}

// Near misses

// vetted-ok: js.secrets.sendgrid-api-key
sgMail.setApiKey(process.env.SENDGRID_API_KEY);
// vetted-ok: js.secrets.sendgrid-api-key
const placeholder = 'SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';
// vetted-ok: js.secrets.sendgrid-api-key
const yours = 'SG.your-sendgrid-api-key';
// vetted-ok: js.secrets.sendgrid-api-key
const fileName = 'SG.4OjE2jBMptUsGr7CmY.png';
// vetted-ok: js.secrets.sendgrid-api-key
const isSendgridKey = (key) => /^SG\.[\w-]{22}\.[\w-]{43}$/.test(key);
// vetted-ok: js.secrets.sendgrid-api-key
// sgMail.setApiKey('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');
const done = true;
