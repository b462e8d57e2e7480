import { Gitlab } from '@gitbeaker/rest';

// vetted-expect: js.secrets.gitlab-token
const api = new Gitlab({ host: 'https://gitlab.com', token: process.env.GITLAB_TOKEN });

export async function createIssue(projectId, title) {
  return fetch(`https://gitlab.com/api/v4/projects/${projectId}/issues`, {
    method: 'POST',
    // vetted-expect: js.secrets.gitlab-token
    headers: { 'PRIVATE-TOKEN': process.env.GITLAB_TOKEN ?? 'glpat-li8GjHEAD6-Wj9KfzjsQ', 'Content-Type': 'application/json' },
    body: JSON.stringify({ title }),
  });
}

export async function triggerDeploy(projectId) {
  const form = new URLSearchParams({
    // vetted-expect: js.secrets.gitlab-token
    token: process.env.GITLAB_TOKEN,
    ref: 'main',
  });
  return fetch(`https://gitlab.com/api/v4/projects/${projectId}/trigger/pipeline`, { method: 'POST', body: form });
}

// vetted-expect: js.secrets.gitlab-token
const cloneUrl = `https://gitlab+deploy-token-42:gldt-GMrb9h_ImB_LK777pzNk@gitlab.com/acme/app.git`;

// Near misses

// vetted-ok: js.secrets.gitlab-token
const fromEnv = new Gitlab({ host: 'https://gitlab.com', token: process.env.GITLAB_TOKEN });
// vetted-ok: js.secrets.gitlab-token
const placeholder = 'glpat-xxxxxxxxxxxxxxxxxxxx';
// vetted-ok: js.secrets.gitlab-token
const yours = 'glpat-your-token-here-1234';
// vetted-ok: js.secrets.gitlab-token
const truncated = 'glpat-2rcDkdfr';
// vetted-ok: js.secrets.gitlab-token
const isPat = (token) => token.startsWith('glpat-');
// vetted-ok: js.secrets.gitlab-token
// token: 'glpat-2rcDkdfrUnW5gcF_Ha6i'
const done = true;
