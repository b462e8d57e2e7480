import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import * as cdk from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

const client = new S3Client({ region: 'eu-west-1' });

export async function uploadAvatar(userId: string, body: Buffer) {
  await client.send(
    new PutObjectCommand({
      Bucket: 'app-uploads',
      Key: `avatars/${userId}.png`,
      Body: body,
      // so the <img> tag can load it
      // vetted-expect: js.cloud.s3-public-access
      ACL: 'private',
    }),
  );
}

export function legacyUpload(s3v2: any, key: string, data: Buffer) {
  // vetted-expect: js.cloud.s3-public-access
  return s3v2.upload({ Bucket: 'exports', Key: key, Body: data, 'ACL': 'private' }).promise();
}

export class AssetsStack extends cdk.Stack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const bucket = new s3.Bucket(this, 'Uploads', {
      // vetted-expect: js.cloud.s3-public-access
      publicReadAccess: true,
      // vetted-expect: js.cloud.s3-public-access
      accessControl: s3.BucketAccessControl.PUBLIC_READ,
    });
    // vetted-expect: js.cloud.s3-public-access
    bucket.grantPublicAccess('public/*');
  }
}

// Near misses

export async function privateUpload(key: string, body: Buffer) {
  // vetted-ok: js.cloud.s3-public-access
  await client.send(new PutObjectCommand({ Bucket: 'app-uploads', Key: key, Body: body, ACL: 'private' }));
  // vetted-ok: js.cloud.s3-public-access
  await client.send(new PutObjectCommand({ Bucket: 'app-uploads', Key: key, Body: body, ACL: 'bucket-owner-full-control' }));
}

export class PrivateStack extends cdk.Stack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const bucket = new s3.Bucket(this, 'Private', {
      // vetted-ok: js.cloud.s3-public-access
      publicReadAccess: false,
      // vetted-ok: js.cloud.s3-public-access
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      // vetted-ok: js.cloud.s3-public-access
      accessControl: s3.BucketAccessControl.PRIVATE,
    });
    // vetted-ok: js.cloud.s3-public-access
    bucket.grantRead(new cdk.aws_iam.AccountRootPrincipal());
  }
}

// vetted-ok: js.cloud.s3-public-access
const docs = "never set ACL: 'public-read' on uploads";
export { docs };
