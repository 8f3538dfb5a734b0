package id.pengaduan.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

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

	private final ObjectProvider<JavaMailSender> sender;

	private final NotificationProperties properties;

	MailChannel(ObjectProvider<JavaMailSender> sender, NotificationProperties properties) {
		this.sender = sender;
		this.properties = properties;
	}

	@Override
	public ChannelName name() {
		return ChannelName.MAIL;
	}

	@Override
	public boolean isReady() {
		return this.sender.getIfAvailable() != null;
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
		helper.setTo(delivery.recipient());
		helper.setSubject(delivery.subject());
		helper.setText(delivery.text(), delivery.html());
		mail.send(message);
	}

}
