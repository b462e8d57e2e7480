import DOMPurify from 'dompurify';

interface Props {
  bio: string;
  title: string;
}

const BADGE = '<span class="badge">PRO</span>';

export function Profile({ bio, title }: Props) {
  return (
    <section>
      {/* vetted-expect: js.xss.dangerously-set-inner-html */}
      <h2 dangerouslySetInnerHTML={{ __html: `${title} <small>profile</small>` }} />
      {/* vetted-expect: js.xss.dangerously-set-inner-html */}
      <div dangerouslySetInnerHTML={{ __html: bio as string }} />
      {/* vetted-expect: js.xss.dangerously-set-inner-html */}
      <p dangerouslySetInnerHTML={{ __html: '<em>' + title + '</em>' }} />
    </section>
  );
}

export function SafeProfile({ bio, title }: Props) {
  return (
    <section>
      {/* vetted-ok: js.xss.dangerously-set-inner-html */}
      <h2>{title}</h2>
      {/* vetted-ok: js.xss.dangerously-set-inner-html */}
      <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(bio) }} />
      {/* vetted-ok: js.xss.dangerously-set-inner-html */}
      <span dangerouslySetInnerHTML={{ __html: BADGE }} />
      {/* vetted-ok: js.xss.dangerously-set-inner-html */}
      <span dangerouslySetInnerHTML={{ __html: '<br/>' }} />
      {/* vetted-ok: js.xss.dangerously-set-inner-html */}
      {/* <div dangerouslySetInnerHTML={{ __html: bio }} /> */}
    </section>
  );
}
