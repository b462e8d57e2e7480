// "Render the user's comment with formatting, and show a preview of the bio."
import React, { useEffect, useRef } from 'react';

export function Comment({ comment }: { comment: { author: string; html: string } }) {
  return (
    <div className="comment">
      <strong>{comment.author}</strong>
      <div dangerouslySetInnerHTML={{ __html: comment.html }} />
    </div>
  );
}

export function BioPreview({ bio }: { bio: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.innerHTML = bio;
  }, [bio]);
  return <div ref={ref} />;
}

export function renderBanner(message: string) {
  document.write('<div class="banner">' + message + '</div>');
  document.body.insertAdjacentHTML('beforeend', `<p>${message}</p>`);
}
