// Plain TypeScript (no JSX): the DOM forms.
export function showPreview(frame: HTMLIFrameElement, html: string): void {
  // vetted-expect: js.xss.iframe-srcdoc
  frame.srcdoc = html;
}

export function showSandboxed(frame: HTMLIFrameElement, html: string): void {
  frame.sandbox.value = 'allow-scripts';
  // vetted-ok: js.xss.iframe-srcdoc
  frame.srcdoc = html;
}
