package id.pengaduan.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server in the test JVM (GreenMail) on a free port, and what a recipient
 * reads of a mail: subject, plain text, HTML. Static helpers, no base class.
 */
final class Mailbox {

	private Mailbox() {
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static GreenMail start(int port) {
		GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		return smtp;
	}

	/** The mails {@code smtp} received for {@code address}, oldest first. */
	static List<Mail> to(GreenMail smtp, String address) {
		return Arrays.stream(smtp.getReceivedMessages()).filter((message) -> {
			try {
				return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
					.anyMatch((to) -> to.toString().equalsIgnoreCase(address));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).map(Mail::of).toList();
	}

	/**
	 * Runs the outbox's sender until {@code done} (other tests' messages may be due
	 * before ours when the database is shared).
	 */
	static void sendUntil(OutboxSender sender, BooleanSupplier done) {
		for (int round = 0; round < 100 && !done.getAsBoolean(); round++) {
			sender.sendDue();
		}
	}

	record Mail(String subject, String text, String html, String messageId) {

		static Mail of(MimeMessage message) {
			try {
				return new Mail(message.getSubject(), part(message, "text/plain"), part(message, "text/html"),
						message.getMessageID());
			}
			catch (MessagingException | IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

		private static String part(Part part, String type) throws MessagingException, IOException {
			if (part.isMimeType(type)) {
				return part.getContent().toString();
			}
			if (part.getContent() instanceof Multipart multipart) {
				for (int i = 0; i < multipart.getCount(); i++) {
					BodyPart child = multipart.getBodyPart(i);
					String found = part(child, type);
					if (found != null) {
						return found;
					}
				}
			}
			return null;
		}

	}

}
