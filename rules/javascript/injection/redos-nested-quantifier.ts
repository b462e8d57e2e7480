import { z } from 'zod';
import * as yup from 'yup';
import mongoose from 'mongoose';

// vetted-expect: js.injection.redos-nested-quantifier
const NAME_RE = /^([a-zA-Z]+\s?)*$/;
// vetted-expect: js.injection.redos-nested-quantifier
const EMAIL_PATTERN = /^[a-zA-Z0-9]+([._-]?[a-zA-Z0-9]+)*@[a-zA-Z0-9]+\.[a-z]{2,}$/i;

export function isValidName(name: string): boolean {
  return NAME_RE.test(name);
}

export function isSlug(value: string) {
  // vetted-expect: js.injection.redos-nested-quantifier
  return /^(?:[a-z0-9]+-?)+$/.test(value);
}

export async function handler(req: { body: { domain: string; tags: string } }) {
  const { domain, tags } = req.body;
  // vetted-expect: js.injection.redos-nested-quantifier
  if (!domain.match(/^([a-z0-9]+\.?)+\.com$/)) throw new Error('bad domain');
  // vetted-expect: js.injection.redos-nested-quantifier
  return tags.replace(/(\s*\w+\s*)+;/g, '');
}

export const signup = z.object({
  // vetted-expect: js.injection.redos-nested-quantifier
  username: z.string().regex(/^(\w+\d*)+$/),
});

export const profile = yup.object({
  // vetted-expect: js.injection.redos-nested-quantifier
  handle: yup.string().matches(/^(\d+)*@/),
});

const userSchema = new mongoose.Schema({
  // vetted-expect: js.injection.redos-nested-quantifier
  website: { type: String, match: /^(https?:\/\/)?([\w-]+\.?)+\/?$/ },
});

class Validator {
  // vetted-todo-expect: js.injection.redos-nested-quantifier: class fields are not read
  private readonly phone = /^(\d+[ -]?)+$/;
}

// vetted-expect: js.injection.redos-nested-quantifier
const NAMED_GROUP = /^(?<words>[a-z]+\s?)+$/u;
// vetted-ok: js.injection.redos-nested-quantifier
const LOOKAHEAD = /^(?=\w+)\w+$/;
// vetted-ok: js.injection.redos-nested-quantifier
const NAME_OK = /^[a-zA-Z]+(?:\s[a-zA-Z]+)*$/;
// vetted-ok: js.injection.redos-nested-quantifier
const VERSION = /^(?:\d+\.)*\d+$/;
// vetted-ok: js.injection.redos-nested-quantifier
const HOST = /^(?:[a-z0-9-]+\.)+[a-z]{2,}$/;
// vetted-ok: js.injection.redos-nested-quantifier
const LIST = /^(\s*,\s*\w+)*$/;
// vetted-ok: js.injection.redos-nested-quantifier
const TRAILING_NEWLINES = /(\r?\n)+$/;
// vetted-ok: js.injection.redos-nested-quantifier
const PREFIX = /^(\w+\s?)*/;
// vetted-ok: js.injection.redos-nested-quantifier
const LITERAL_PARENS = /^\(\w+\)*$/;

export function safeUses(text: string) {
  // vetted-ok: js.injection.redos-nested-quantifier
  const words = text.split(/\s+/);
  // vetted-ok: js.injection.redos-nested-quantifier
  const camel = text.replace(/([a-z])([A-Z])/g, '$1 $2');
  // vetted-ok: js.injection.redos-nested-quantifier
  const sample = 'aaaa'.match(/^(a+)+$/);
  // vetted-ok: js.injection.redos-nested-quantifier
  // if (/^(\w+\s?)*$/.test(text)) return true;
  // vetted-ok: js.injection.redos-nested-quantifier
  const doc = 'avoid /^(\\w+\\s?)*$/ in validators';
  return [words, camel, sample, doc];
}

// vetted-todo-expect: js.injection.redos-nested-quantifier: patterns written as strings for new RegExp are not read
const FROM_STRING = new RegExp('^(\\w+\\s?)*$');
// vetted-todo-expect: js.injection.redos-nested-quantifier: overlapping alternatives are not analysed
const ALTERNATION = /^(a|aa)+$/;
