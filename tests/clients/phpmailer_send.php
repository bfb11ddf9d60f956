<?php
// One message through PHPMailer (Debian's libphp-phpmailer) as a PHP helpdesk sends it.
// argv[1]: a JSON file (see tests/test_clients.py). Prints the server's replies (SMTPDebug 2)
// on stdout; on failure PHPMailer's ErrorInfo on stderr and exit 1. On success the exact
// message PHPMailer submitted (getSentMIMEMessage) is written to "sent_path".
use PHPMailer\PHPMailer\PHPMailer;
use PHPMailer\PHPMailer\SMTP;
use PHPMailer\PHPMailer\Exception;

$autoload = getenv('PHPMAILER_AUTOLOAD') ?: '/usr/share/php/libphp-phpmailer/autoload.php';
require $autoload;

$c = json_decode(file_get_contents($argv[1]), true);
$mail = new PHPMailer(true);
$mail->isSMTP();
$mail->Host = $c['host'];
$mail->Port = $c['port'];
$mail->Timeout = 20;
$mail->Hostname = 'helpdesk.test';
$mail->Helo = 'helpdesk.test';
$mail->SMTPDebug = SMTP::DEBUG_SERVER;
$mail->Debugoutput = function ($str, $level) { echo "debug: " . rtrim($str) . "\n"; };
if ($c['security'] === 'starttls') {
    $mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;
} elseif ($c['security'] === 'implicit') {
    $mail->SMTPSecure = PHPMailer::ENCRYPTION_SMTPS;
} else {
    $mail->SMTPSecure = '';
    $mail->SMTPAutoTLS = false;
}
// The test certificate is self-signed for CN=localhost: not verified here.
$mail->SMTPOptions = ['ssl' => ['verify_peer' => false, 'verify_peer_name' => false, 'allow_self_signed' => true]];
if ($c['user'] !== null) {
    $mail->SMTPAuth = true;
    $mail->Username = $c['user'];
    $mail->Password = $c['password'];
}
$mail->CharSet = PHPMailer::CHARSET_UTF8;
$mail->setFrom($c['from'], $c['from_name']);
$mail->addAddress($c['to']);
$mail->Subject = $c['subject'];
$mail->Body = $c['body'];
$mail->MessageID = $c['message_id'];
$mail->addCustomHeader('In-Reply-To', $c['in_reply_to']);
try {
    $mail->send();
} catch (Exception $e) {
    fwrite(STDERR, "PHPMailer error: " . $mail->ErrorInfo . "\n");
    exit(1);
}
file_put_contents($c['sent_path'], $mail->getSentMIMEMessage());
