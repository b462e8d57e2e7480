// Pages Router API route kept from the old app: downloads an export.
import type { NextApiRequest, NextApiResponse } from 'next';
import fs from 'fs';
import path from 'path';

const EXPORT_DIR = path.join(process.cwd(), 'exports');

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const { file } = req.query;
  const fullPath = path.join(EXPORT_DIR, file as string);
  res.setHeader('Content-Type', 'text/csv');
  fs.createReadStream(fullPath).pipe(res);
}
