# One message through Ruby's Net::SMTP (the net-smtp gem; the mail gem used by Ruby helpdesks
# such as Zammad sends through it). ARGV[0]: a JSON file (see tests/test_clients.py); the
# message is the file "raw_path", sent as is. Prints the server's reply to the end of DATA
# on stdout; on failure the exception on stderr and exit 1.
require "json"
require "net/smtp"

c = JSON.parse(File.read(ARGV[0]))
raw = File.binread(c["raw_path"])
smtp = Net::SMTP.new(
  c["host"], c["port"],
  tls: c["security"] == "implicit",
  starttls: c["security"] == "starttls" ? :always : false,
  # The test certificate is self-signed for CN=localhost: not verified here.
  tls_verify: false
)
smtp.open_timeout = 20
smtp.read_timeout = 20
begin
  smtp.start(helo: "helpdesk.test", user: c["user"], secret: c["password"],
             authtype: c["user"] ? :plain : nil) do |s|
    response = s.send_message(raw, c["from"], c["to"])
    puts response.string
  end
rescue Net::SMTPError, Net::OpenTimeout, Net::ReadTimeout, OpenSSL::SSL::SSLError, SystemCallError => e
  $stderr.puts "Net::SMTP error: #{e.class}: #{e.message}"
  exit 1
end
