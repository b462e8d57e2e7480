const { S3Client } = require('@aws-sdk/client-s3');

const s3 = new S3Client({
  region: 'us-east-1',
  credentials: {
    // vetted-expect: js.secrets.aws-access-key
    accessKeyId: process.env.AWS_ACCESS_KEY_ID,
    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY,
  },
});

// vetted-expect: js.secrets.aws-access-key
const tempKey = process.env.AWS_ACCESS_KEY_ID;

// vetted-expect: js.secrets.aws-access-key
const envFile = `AWS_ACCESS_KEY_ID=AKIA5TRPW2ZLK7MQXHV3
AWS_REGION=eu-west-1`;

// vetted-expect: js.secrets.aws-access-key
process.env.AWS_ACCESS_KEY_ID = 'AKIAJ6WQ3ZT2R7LMPXVA';

// vetted-ok: js.secrets.aws-access-key
const fromEnv = process.env.AWS_ACCESS_KEY_ID;
// vetted-ok: js.secrets.aws-access-key
const docsExample = 'AKIAIOSFODNN7EXAMPLE';
// vetted-ok: js.secrets.aws-access-key
const filler = 'AKIAXXXXXXXXXXXXXXXX';
// vetted-ok: js.secrets.aws-access-key
const tooShort = 'AKIA2E3MZQH7RWKT';
// vetted-ok: js.secrets.aws-access-key
const tooLong = 'AKIA2E3MZQH7RWKT4YNBQQ7';
// vetted-ok: js.secrets.aws-access-key
const lowercase = 'akia2e3mzqh7rwkt4ynb';
// vetted-ok: js.secrets.aws-access-key
const embedded = 'XAKIA2E3MZQH7RWKT4YNB';
// vetted-ok: js.secrets.aws-access-key
// accessKeyId: 'AKIA2E3MZQH7RWKT4YNB'
// vetted-ok: js.secrets.aws-access-key
const prefixOnly = key.startsWith('AKIA');

// Fix: an UPPER_SNAKE constant keeps its name; a key inside a longer string gets no fix.
// vetted-expect: js.secrets.aws-access-key
const AWS_KEY_ID = process.env.AWS_KEY_ID;
// vetted-expect: js.secrets.aws-access-key
const creds = new AWS.Credentials(process.env.AWS_ACCESS_KEY_ID, process.env.AWS_SECRET_ACCESS_KEY);
// vetted-expect: js.secrets.aws-access-key
const header = 'Credential=AKIA5TRPW2ZLK7MQXHV3/20240101/us-east-1/s3/aws4_request';
