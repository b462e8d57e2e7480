import ftplib
import os
import telnetlib
from ftplib import FTP, FTP_TLS


def upload_report(path):
    # vetted-expect: py.transport.cleartext-protocol-client
    with FTP("ftp.partner-logistics.com") as ftp:
        ftp.login("reports", os.environ["FTP_PASSWORD"])
        with open(path, "rb") as fh:
            ftp.storbinary("STOR report.csv", fh)


def fetch_inventory():
    # vetted-expect: py.transport.cleartext-protocol-client
    ftp = ftplib.FTP(host="files.supplier.net", user="inv", passwd=os.environ["FTP_PASS"])
    return ftp.nlst()


def reboot_switch(host):
    # vetted-expect: py.transport.cleartext-protocol-client
    tn = telnetlib.Telnet(host, 23, timeout=10)
    tn.write(b"reload\n")


# Near misses


def secure_upload(path):
    # vetted-ok: py.transport.cleartext-protocol-client
    with FTP_TLS("ftp.partner-logistics.com") as ftp:
        ftp.login("reports", os.environ["FTP_PASSWORD"])
        ftp.prot_p()
    # vetted-ok: py.transport.cleartext-protocol-client
    secure = ftplib.FTP_TLS("files.supplier.net")
    # vetted-ok: py.transport.cleartext-protocol-client
    note = "ftplib.FTP(host) sends passwords in clear text"
    return secure, note
