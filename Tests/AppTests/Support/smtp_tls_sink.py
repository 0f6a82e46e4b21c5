"""An SMTP server for the tests that offers STARTTLS and AUTH: it accepts mail only after TLS and
a login as `samordna` with the password `hemligt-lösenord`, and writes what it accepts to a maildir.
Usage: smtp_tls_sink.py PORT MAILDIR CERT KEY"""
import signal
import ssl
import sys

from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Mailbox
from aiosmtpd.smtp import AuthResult, LoginPassword


def authenticate(server, session, envelope, mechanism, data):
    ok = isinstance(data, LoginPassword) and data.login == b"samordna" and data.password == "hemligt-lösenord".encode()
    return AuthResult(success=ok, handled=False)


port, maildir, cert, key = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
context.load_cert_chain(cert, key)
controller = Controller(Mailbox(maildir), hostname="127.0.0.1", port=port, tls_context=context, require_starttls=True,
                        authenticator=authenticate, auth_require_tls=True, auth_required=True, ready_timeout=10)
controller.start()
print("ready", flush=True)
signal.pause()
