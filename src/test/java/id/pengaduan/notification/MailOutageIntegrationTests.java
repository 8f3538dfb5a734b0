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

	@Autowired
	Outbox outbox;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	org.springframework.transaction.support.TransactionTemplate transaction;

	@Autowired
	void transactions(org.springframework.transaction.PlatformTransactionManager transactions) {
		this.transaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
	}

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

	@Test
	void twoNodesClaimingAtOnceNeverTakeTheSameMessage() throws Exception {
		String batch = java.util.UUID.randomUUID().toString().substring(0, 8);
		// Due long ago, so they come first in every node's round.
		Instant due = Instant.parse("2000-01-01T00:00:00Z");
		java.util.Set<Long> ours = new java.util.HashSet<>();
		for (int i = 0; i < 10; i++) {
			int n = i;
			this.transaction.executeWithoutResult((status) -> this.outbox
				.record(new Outgoing("claim-" + batch + "-" + n, null, ChannelName.MAIL, MessageKind.RECEIPT,
						Audience.CITIZEN, "claim@example.invalid", "c***@example.invalid", "id", "s", "t", "h", due),
						Instant.now()));
		}
		ours.addAll(this.jdbc.queryForList("select id from notification where idempotency_key like ?", Long.class,
				"claim-" + batch + "-%"));
		try {
			java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
			java.util.concurrent.Callable<java.util.List<Long>> node = () -> {
				start.await();
				return this.outbox.claim(java.util.List.of(ChannelName.MAIL), Instant.now());
			};
			var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
			var first = pool.submit(node);
			var second = pool.submit(node);
			java.util.List<Long> a = first.get().stream().filter(ours::contains).toList();
			java.util.List<Long> b = second.get().stream().filter(ours::contains).toList();
			pool.shutdown();

			assertThat(a.stream().filter(b::contains)).as("taken by both").isEmpty();
			assertThat(a.size() + b.size()).isEqualTo(ours.size());
		}
		finally {
			this.jdbc.update("delete from notification where idempotency_key like ?", "claim-" + batch + "-%");
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
