package id.pengaduan.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import id.pengaduan.identity.Units;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Mail through Spring's {@link JavaMailSender}, which Boot makes only when
 * {@code spring.mail.host} is set: without it the mails wait in the outbox. Text and HTML
 * in one message; links, never attachments. The Message-ID is made from the idempotency
 * key, so a message sent twice (a node died between sending and recording it) is one
 * message to the recipient's mail program.
 */
@Component
class MailChannel implements NotificationChannel {

	static final String GROUP = "group:";

	/** A queue group holds a few dozen officers. */
	private static final int GROUP_LIMIT = 200;

	private final ObjectProvider<JavaMailSender> sender;

	private final NotificationProperties properties;

	private final Units units;

	MailChannel(ObjectProvider<JavaMailSender> sender, NotificationProperties properties, Units units) {
		this.sender = sender;
		this.properties = properties;
		this.units = units;
	}

	@Override
	public ChannelName name() {
		return ChannelName.MAIL;
	}

	@Override
	public boolean isReady() {
		return this.sender.getIfAvailable() != null;
	}

	/**
	 * A group message goes to the members of the group who have an address now; none is a
	 * failure, retried and then shown, not a message sent to nobody.
	 */
	private String[] recipients(String recipient) throws MessagingException {
		if (!recipient.startsWith(GROUP)) {
			return new String[] { recipient };
		}
		String[] members = this.units.emailsOf(recipient.substring(GROUP.length()), GROUP_LIMIT)
			.values()
			.toArray(String[]::new);
		if (members.length == 0) {
			throw new MessagingException("No member of " + recipient.substring(GROUP.length()) + " has an email");
		}
		return members;
	}

	@Override
	public void deliver(Outbox.Delivery delivery) throws MessagingException {
		JavaMailSender mail = this.sender.getObject();
		String messageId = "<" + delivery.key().replaceAll("[^A-Za-z0-9._-]", "-") + "@pengaduan>";
		MimeMessage message = (mail instanceof JavaMailSenderImpl impl) ? new MimeMessage(impl.getSession()) {
			@Override
			protected void updateMessageID() throws MessagingException {
				setHeader("Message-ID", messageId);
			}
		} : mail.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
		helper.setFrom(this.properties.from());
		helper.setTo(recipients(delivery.recipient()));
		helper.setSubject(delivery.subject());
		helper.setText(delivery.text(), delivery.html());
		mail.send(message);
	}

}
