// A small HTML greeting for the embeddable widget.
export async function GET(request: Request) {
  const { searchParams } = new URL(request.url);
  const name = searchParams.get('name') ?? 'friend';
  const page = `<html><body><h1>Hello, ${name}!</h1></body></html>`;
  return new Response(page, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
