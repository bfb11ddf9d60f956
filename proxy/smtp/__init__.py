"""The SMTP side: the aiosmtpd adapter (receive), the upstream client and the reply catalogue."""
