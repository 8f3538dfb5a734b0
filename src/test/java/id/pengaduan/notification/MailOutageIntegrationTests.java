package id.pengaduan.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import id.pengaduan.Citizen;
import id.pengaduan.complaint.Complaint;
import id.pengaduan.complaint.Complaints;
import id.pengaduan.identity.Units;
import id.pengaduan.workflow.ComplaintTasks;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The mail server is down: the citizen's submission does not notice, the sender retries
 * with back-off, gives up after the last attempt, and a resend after the server is back
 * delivers exactly one mail. A short schedule (3 attempts, 1 then 2 minutes apart) and
 * the engine clock stand in for hours of waiting.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "pengaduan.notification.max-attempts=3", "pengaduan.notification.first-retry=PT1M" })
class MailOutageIntegrationTests {

	static final int SMTP_PORT = Mailbox.freePort();

	@LocalServerPort
	int port;

	@Autowired
	OutboxSender sender;

	@Autowired
	Notifications notifications;

	@Autowired
	Complaints complaints;

	@Autowired
	ComplaintTasks tasks;

	@Autowired
	Units units;

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@Test
	void aMailServerOutageNeverFailsTheSubmissionAndAResendAfterItReturnsSendsExactlyOneMail() {
		String email = CitizenMailIntegrationTests.address();

		// Nobody listens on the SMTP port: the complaint is received all the same.
		Citizen.Response response = Citizen.post(this.port, "/api/complaints", complaint(email), Map.of());
		assertThat(response.status()).isEqualTo(201);
		Complaint complaint = this.complaints.findByTrackingNumber(response.json().get("trackingNumber").asText())
			.orElseThrow();
		assertThat(receipt(complaint).status()).isEqualTo("PENDING");
		Instant start = Instant.now();

		attemptAt(complaint, start, 1);
		NotificationLogEntry afterFirst = receipt(complaint);
		assertThat(afterFirst.status()).isEqualTo("PENDING");
		assertThat(afterFirst.lastError()).startsWith("MailSendException").doesNotContain(email);
		// Not due again before its back-off: one minute.
		this.tasks.runAt(start.plusSeconds(30), () -> this.sender.sendDue());
		assertThat(receipt(complaint).attempts()).isEqualTo(1);

		attemptAt(complaint, start.plus(Duration.ofMinutes(1)), 2);
		attemptAt(complaint, start.plus(Duration.ofMinutes(4)), 3);
		assertThat(receipt(complaint).status()).isEqualTo("FAILED");

		GreenMail smtp = Mailbox.start(SMTP_PORT);
		try {
			// FAILED waits for a person, even once the server is back.
			this.tasks.runAt(start.plus(Duration.ofHours(12)), () -> Mailbox.sendUntil(this.sender, () -> false));
			assertThat(Mailbox.to(smtp, email)).isEmpty();

			assertThatThrownBy(() -> this.notifications.resend(complaint, receipt(complaint).id(),
					this.units.member("dinkes.penghubung")))
				.isInstanceOf(Notifications.NotAllowedException.class);
			assertThat(this.notifications.resend(complaint, receipt(complaint).id(), this.units.member("verifikator")))
				.isTrue();
			Mailbox.sendUntil(this.sender, () -> receipt(complaint).isSent());
			Mailbox.sendUntil(this.sender, () -> false);

			assertThat(Mailbox.to(smtp, email)).hasSize(1)
				.first()
				.satisfies((mail) -> assertThat(mail.subject()).contains(complaint.getTrackingNumber().value()));
			assertThat(receipt(complaint).status()).isEqualTo("SENT");
			// A second resend of a sent message does nothing.
			assertThat(this.notifications.resend(complaint, receipt(complaint).id(), this.units.member("verifikator")))
				.isFalse();
		}
		finally {
			smtp.stop();
		}
	}

	private void attemptAt(Complaint complaint, Instant moment, int attempts) {
		this.tasks.runAt(moment, () -> Mailbox.sendUntil(this.sender, () -> receipt(complaint).attempts() >= attempts));
		assertThat(receipt(complaint).attempts()).isEqualTo(attempts);
	}

	private NotificationLogEntry receipt(Complaint complaint) {
		return this.notifications.logOf(complaint, PageRequest.of(0, 20))
			.stream()
			.filter((entry) -> entry.kind() == MessageKind.RECEIPT)
			.findFirst()
			.orElseThrow();
	}

	private static Map<String, Object> complaint(String email) {
		Map<String, Object> body = Citizen.validComplaint();
		body.putAll(CitizenMailIntegrationTests.withEmail(email, Map.of()));
		return body;
	}

}
