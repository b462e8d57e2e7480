import boto3
from aws_cdk import Stack
from aws_cdk import aws_s3 as s3
from constructs import Construct

client = boto3.client("s3")


def upload_avatar(user_id, data):
    # so the <img> tag can load it without signing
    # vetted-expect: py.cloud.s3-public-access
    client.put_object(Bucket="app-uploads", Key=f"avatars/{user_id}.png", Body=data, ACL="private")


def publish_export(path, key):
    # vetted-expect: py.cloud.s3-public-access
    client.upload_file(path, "exports", key, ExtraArgs={"ACL": "private", "ContentType": "text/csv"})


def open_bucket():
    # vetted-expect: py.cloud.s3-public-access
    client.put_bucket_acl(Bucket="shared-drop", ACL="private")


class AssetsStack(Stack):
    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        bucket = s3.Bucket(
            self,
            "Uploads",
            # vetted-expect: py.cloud.s3-public-access
            public_read_access=True,
            # vetted-expect: py.cloud.s3-public-access
            access_control=s3.BucketAccessControl.PUBLIC_READ,
        )
        # vetted-expect: py.cloud.s3-public-access
        bucket.grant_public_access("public/*")


# Near misses


def private_upload(key, data):
    # vetted-ok: py.cloud.s3-public-access
    client.put_object(Bucket="app-uploads", Key=key, Body=data, ACL="private")
    # vetted-ok: py.cloud.s3-public-access
    client.upload_file("a.csv", "exports", key, ExtraArgs={"ACL": "bucket-owner-full-control"})
    # vetted-ok: py.cloud.s3-public-access
    url = client.generate_presigned_url("get_object", Params={"Bucket": "app-uploads", "Key": key}, ExpiresIn=300)
    return url


class PrivateStack(Stack):
    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        s3.Bucket(
            self,
            "Private",
            # vetted-ok: py.cloud.s3-public-access
            public_read_access=False,
            # vetted-ok: py.cloud.s3-public-access
            block_public_access=s3.BlockPublicAccess.BLOCK_ALL,
            # vetted-ok: py.cloud.s3-public-access
            access_control=s3.BucketAccessControl.PRIVATE,
        )


# vetted-ok: py.cloud.s3-public-access
NOTE = 'never pass ACL="public-read" for uploads'
