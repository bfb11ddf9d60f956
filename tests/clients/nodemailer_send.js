// One message through nodemailer's SMTP transport as a Node.js helpdesk sends it.
// argv[2]: a JSON file (see tests/test_clients.py). Prints nodemailer's info.response (the
// server's reply to the end of DATA) on stdout; on failure the error and the server's
// response on stderr and exit 1. The exact bytes nodemailer streams to the server are
// written to "sent_path" by a "stream" plugin (they are built once and sent as built).
"use strict";
const fs = require("fs");
const nodemailer = require("nodemailer");

const c = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const options = {
  host: c.host,
  port: c.port,
  name: "helpdesk.test",
  secure: c.security === "implicit", // TLS from the first byte (port 465)
  requireTLS: c.security === "starttls", // refuse to continue without STARTTLS
  ignoreTLS: c.security === "plain", // never STARTTLS
  // The test certificate is self-signed for CN=localhost: not verified here.
  tls: { rejectUnauthorized: false },
  connectionTimeout: 20000,
  greetingTimeout: 20000,
  socketTimeout: 20000,
};
if (c.user !== null) options.auth = { user: c.user, pass: c.password };
const transporter = nodemailer.createTransport(options);
transporter.use("stream", (mail, done) => {
  mail.message.build((err, raw) => {
    if (!err) fs.writeFileSync(c.sent_path, raw);
    done(err);
  });
});
transporter
  .sendMail({
    from: { name: c.from_name, address: c.from },
    to: c.to,
    subject: c.subject,
    text: c.body,
    messageId: c.message_id,
    date: new Date(c.date),
    inReplyTo: c.in_reply_to,
  })
  .then((info) => {
    console.log(info.response);
  })
  .catch((err) => {
    console.error(`nodemailer error: ${err.message} | response: ${err.response} | code: ${err.responseCode}`);
    process.exit(1);
  });
