const { Octokit } = require('@octokit/rest');

// vetted-expect: js.secrets.github-token
const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });

async function listIssues(repo) {
  const res = await fetch(`https://api.github.com/repos/${repo}/issues`, {
    // vetted-expect: js.secrets.github-token
    headers: { Authorization: `token gho_Z8nP3wQ5rT1yU7iO9aS2dF4gH6jK0lX3cV5b` },
  });
  return res.json();
}

// vetted-expect: js.secrets.github-token
const fineGrained = process.env.GITHUB_TOKEN;

// vetted-expect: js.secrets.github-token
const appToken = process.env.GITHUB_TOKEN;

// vetted-ok: js.secrets.github-token
const fromEnv = new Octokit({ auth: process.env.GITHUB_TOKEN });
// vetted-ok: js.secrets.github-token
const placeholder = 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';
// vetted-ok: js.secrets.github-token
const truncated = 'ghp_R7mK2xQ9vL4tN8wB3zH6';
// vetted-ok: js.secrets.github-token
const prefixCheck = token.startsWith('ghp_') || token.startsWith('github_pat_');
// vetted-ok: js.secrets.github-token
// auth: 'ghp_R7mK2xQ9vL4tN8wB3zH6cJ1pF5sD0gY2aE9u'
// vetted-ok: js.secrets.github-token
const otherPrefix = 'ghx_R7mK2xQ9vL4tN8wB3zH6cJ1pF5sD0gY2aE9u';
// vetted-ok: js.secrets.github-token
const headerFromEnv = `token ${process.env.GH_TOKEN}`;
// vetted-ok: js.secrets.github-token
const shortFineGrained = "github_pat_11ABCDE2Q0aBcDeFgHiJkL_mNoPqRsTuVwXyZ";

// Fix: an UPPER_SNAKE constant keeps its name; a token inside a longer string gets no fix.
// vetted-expect: js.secrets.github-token
export const GH_RELEASE_TOKEN = process.env.GH_RELEASE_TOKEN;
// vetted-expect: js.secrets.github-token
const cloneUrl = 'https://x-access-token:ghp_R7mK2xQ9vL4tN8wB3zH6cJ1pF5sD0gY2aE9u@github.com/acme/app.git';
