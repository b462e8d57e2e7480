import express from 'express';
import nodemailer from 'nodemailer';
import sgMail from '@sendgrid/mail';
import { Resend } from 'resend';
import { headers } from 'next/headers';
import { NextRequest, NextResponse } from 'next/server';
import { sendEmail } from './utils/email';

const app = express();
const transporter = nodemailer.createTransport({ host: 'smtp.example.com', port: 587 });
const resend = new Resend(process.env.RESEND_API_KEY);

app.post('/auth/forgot-password', async (req, res) => {
  const { email } = req.body;
  const token = await createResetToken(email);
  const resetUrl = `${req.protocol}://${req.get('host')}/reset-password/${token}`;
  // vetted-expect: js.web.host-header-link
  await transporter.sendMail({
    to: email,
    subject: 'Password reset',
    html: `<p>Click <a href="${resetUrl}">here</a> to reset your password.</p>`,
  });
  res.json({ message: 'Email sent' });
});

app.post('/auth/register', async (req, res) => {
  const user = await createUser(req.body);
  const baseUrl = 'http://' + req.headers.host;
  const verifyLink = `${baseUrl}/verify-email?token=${user.verificationToken}`;
  // vetted-expect: js.web.host-header-link
  await sendEmail({ email: user.email, subject: 'Verify your email', message: verifyLink });
  res.status(201).json({ id: user.id });
});

app.post('/invite', async (req, res) => {
  const origin = req.headers['x-forwarded-host'] || req.hostname;
  // vetted-expect: js.web.host-header-link
  await sgMail.send({ to: req.body.to, from: 'team@example.com', text: `Join us: https://${origin}/invite/${req.body.code}` });
  res.sendStatus(204);
});

export async function POST(request: NextRequest) {
  const { email } = await request.json();
  const token = await createResetToken(email);
  const host = headers().get('host');
  // vetted-expect: js.web.host-header-link
  await resend.emails.send({ from: 'no-reply@example.com', to: email, subject: 'Reset', html: `<a href="https://${host}/reset?token=${token}">Reset</a>` });
  return NextResponse.json({ ok: true });
}

async function sendMagicLink(ctx) {
  const link = `${ctx.origin}/login/magic?token=${await issueToken(ctx.request.body.email)}`;
  // vetted-expect: js.web.host-header-link
  await mailer.sendLoginEmail(ctx.request.body.email, link);
}

app.post('/auth/forgot-password-safe', async (req, res) => {
  const token = await createResetToken(req.body.email);
  const resetUrl = new URL(`/reset-password/${token}`, process.env.APP_URL).href;
  // vetted-ok: js.web.host-header-link
  await transporter.sendMail({ to: req.body.email, subject: 'Password reset', text: resetUrl });
  // vetted-ok: js.web.host-header-link
  await sendEmail({ email: req.body.email, subject: 'Reset', message: `${process.env.FRONTEND_URL}/reset/${token}` });
  res.json({ message: 'Email sent' });
});

app.get('/whoami', (req, res) => {
  const host = req.get('host');
  // vetted-ok: js.web.host-header-link
  console.log(`request for ${host}`);
  // vetted-ok: js.web.host-header-link
  res.json({ host, docs: `${req.protocol}://${host}/docs` });
  // vetted-ok: js.web.host-header-link
  emailStats.record(req.path);
  // vetted-ok: js.web.host-header-link
  const allowed = validateEmailDomain(req.hostname);
});

app.post('/contact', async (req, res) => {
  // vetted-ok: js.web.host-header-link
  await transporter.sendMail({ to: 'support@example.com', subject: 'Contact', text: req.body.message });
  // vetted-ok: js.web.host-header-link
  // await transporter.sendMail({ text: `https://${req.headers.host}/reset/${token}` });
  res.sendStatus(204);
});

// vetted-todo-expect: js.web.host-header-link: a link returned by a helper defined in another module is not followed
app.post('/forgot2', async (req, res) => { await sendEmail({ email: req.body.email, message: buildResetLink(req, await createResetToken(req.body.email)) }); res.sendStatus(204); });
