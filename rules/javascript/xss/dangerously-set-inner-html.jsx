import React from 'react';
import DOMPurify from 'dompurify';
import { marked } from 'marked';

const LEGAL = '<p>&copy; Example Inc.</p>';

export function Comment({ comment }) {
  // vetted-expect: js.xss.dangerously-set-inner-html
  return <div className="comment" dangerouslySetInnerHTML={{ __html: comment.body }} />;
}

export function Post({ post }) {
  return (
    <article
      // vetted-expect: js.xss.dangerously-set-inner-html
      dangerouslySetInnerHTML={{ __html: marked(post.markdown) }}
    />
  );
}

export function Highlight({ text, term }) {
  const html = text.replace(term, `<mark>${term}</mark>`);
  // vetted-expect: js.xss.dangerously-set-inner-html
  return React.createElement('span', { dangerouslySetInnerHTML: { __html: html } });
}

export function Safe({ comment, post }) {
  return (
    <>
      {/* vetted-ok: js.xss.dangerously-set-inner-html */}
      <div>{comment.body}</div>
      {/* vetted-ok: js.xss.dangerously-set-inner-html */}
      <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(marked(post.markdown)) }} />
      {/* vetted-ok: js.xss.dangerously-set-inner-html */}
      <footer dangerouslySetInnerHTML={{ __html: LEGAL }} />
      {/* vetted-ok: js.xss.dangerously-set-inner-html */}
      <p>{"dangerouslySetInnerHTML={{ __html: comment.body }} is unsafe"}</p>
      {/* vetted-ok: js.xss.dangerously-set-inner-html */}
      {/* <div dangerouslySetInnerHTML={{ __html: comment.body }} /> */}
      {/* vetted-ok: js.xss.dangerously-set-inner-html */}
      <div data-html={comment.body} />
    </>
  );
}
