"""A local SMTP sink for the mail delivery tests (aiosmtpd).

    python3 smtp_sink.py DIRECTORY

Listens on 127.0.0.1 on a port the kernel picks, and writes that port to DIRECTORY/port (atomically,
once it is listening). Every message it accepts becomes DIRECTORY/message-N.json, written before
the server answers 250, so a client that saw its message accepted finds the file already there:

    {"mailFrom": ..., "rcptTos": [...], "raw": <the DATA as received, base64>,
     "defects": [...], "headers": {"Subject": <decoded>, ...},
     "parts": [{"contentType": ..., "filename": ..., "text": <decoded, for text parts>,
                "bytes": <decoded payload, base64, for the others>, "defects": [...]}]}

The headers and parts are read by Python's `email` package (policy.default), an independent
reader of what the renderer composed. The sink stops when its standard input closes (the test
process went away) or after --lifetime seconds, whichever comes first; it never outlives a test
run.
"""

import argparse
import asyncio
import base64
import email
import email.policy
import json
import os
import sys

from aiosmtpd.smtp import SMTP


class Sink:
    """Writes each message it is handed to the directory, numbered in arrival order."""

    def __init__(self, directory):
        self.directory = directory
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        raw = envelope.original_content or envelope.content
        message = email.message_from_bytes(raw, policy=email.policy.default)
        parts = []
        for part in message.walk():
            if part.is_multipart():
                continue
            entry = {
                "contentType": part.get_content_type(),
                "filename": part.get_filename(),
                "transferEncoding": part.get("Content-Transfer-Encoding"),
                "defects": [str(d) for d in part.defects],
            }
            if part.get_content_maintype() == "text":
                entry["text"] = part.get_content()
            else:
                entry["bytes"] = base64.b64encode(part.get_content()).decode("ascii")
            parts.append(entry)
        record = {
            "mailFrom": envelope.mail_from,
            "rcptTos": list(envelope.rcpt_tos),
            "raw": base64.b64encode(raw).decode("ascii"),
            "defects": [str(d) for d in message.defects],
            "headers": {name: str(message[name]) for name in
                        ["From", "To", "Reply-To", "Subject", "Date", "Message-ID", "MIME-Version",
                         "Auto-Submitted", "Content-Type", "Bcc", "Cc"] if message[name] is not None},
            "parts": parts,
        }
        write_atomically(os.path.join(self.directory, "message-%d.json" % self.count), json.dumps(record))
        return "250 Message accepted"


def write_atomically(path, text):
    """Writes `text` to `path` by renaming a finished temporary file, so readers never see half."""
    temporary = path + ".partial"
    with open(temporary, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.rename(temporary, path)


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("directory")
    parser.add_argument("--lifetime", type=float, default=900)
    arguments = parser.parse_args()

    loop = asyncio.get_running_loop()
    done = loop.create_future()
    sink = Sink(arguments.directory)
    server = await loop.create_server(lambda: SMTP(sink, hostname="sink.localhost"), host="127.0.0.1", port=0)
    port = server.sockets[0].getsockname()[1]
    write_atomically(os.path.join(arguments.directory, "port"), str(port))

    def stdin_closed():
        if not sys.stdin.buffer.read1(4096) and not done.done():
            done.set_result(None)

    loop.add_reader(sys.stdin.fileno(), stdin_closed)
    loop.call_later(arguments.lifetime, lambda: done.done() or done.set_result(None))
    await done
    server.close()
    await server.wait_closed()


if __name__ == "__main__":
    asyncio.run(main())
