const jwt = require('jsonwebtoken');
const https = require('https');

// vetted-expect: js.secrets.private-key
const signingKey = `-----BEGIN PRIVATE KEY-----
MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj
MzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvu
-----END PRIVATE KEY-----`;

// vetted-expect: js.secrets.private-key
const rsaKey = "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw\n-----END RSA PRIVATE KEY-----\n";

// vetted-expect: js.secrets.private-key
const ecKey = '-----BEGIN EC PRIVATE KEY-----\n' +
  'MHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oLmLdZ6HwWbDoAoGCCqGSM49\n' +
  'AwEHoUQDQgAEyXqGs2cHMFsbV4qLVWJ6O7uHJmpwRgEZ1yD0N5A9qyKQ8G1dmvJq\n' +
  '-----END EC PRIVATE KEY-----';

const server = https.createServer({
  // vetted-expect: js.secrets.private-key
  key: ['-----BEGIN OPENSSH PRIVATE KEY-----',
    'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW',
    '-----END OPENSSH PRIVATE KEY-----'].join('\n'),
  cert: fs.readFileSync('cert.pem'),
});

// vetted-ok: js.secrets.private-key
const placeholder = '-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----';
// vetted-ok: js.secrets.private-key
const publicKey = '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n-----END PUBLIC KEY-----';
// vetted-ok: js.secrets.private-key
const fromFile = fs.readFileSync(process.env.JWT_PRIVATE_KEY_PATH, 'utf8');
// vetted-ok: js.secrets.private-key
const isPem = text.includes('-----BEGIN PRIVATE KEY-----');
// vetted-ok: js.secrets.private-key
// const key = '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw'
// vetted-ok: js.secrets.private-key
const fromEnv = (process.env.PRIVATE_KEY || '').replace(/\\n/g, '\n');
// vetted-ok: js.secrets.private-key
const header = '-----BEGIN ' + 'PRIVATE KEY-----\n' + keyBody;
