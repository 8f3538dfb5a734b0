package id.pengaduan.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import id.pengaduan.Citizen;
import id.pengaduan.workflow.ComplaintProcess;
import id.pengaduan.workflow.ComplaintTasks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Messages to staff, received by a real SMTP server: new tasks for the queue's group
 * (during office hours, or in the officer's digest), a warning and a breach of a stage,
 * none carrying who complained. The demo's officers have addresses at pengaduan.example.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "pengaduan.notification.public-url=https://pengaduan.example.go.id")
class StaffMailIntegrationTests {

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	static final String VERIFIER = "verifikator@pengaduan.example";

	static final int SMTP_PORT = Mailbox.freePort();

	static GreenMail smtp;

	@LocalServerPort
	int port;

	@Autowired
	OutboxSender sender;

	@Autowired
	StaffNotifications staff;

	@Autowired
	StaffPreferences preferences;

	@Autowired
	ComplaintTasks tasks;

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@BeforeAll
	static void startMailServer() {
		smtp = Mailbox.start(SMTP_PORT);
	}

	@AfterAll
	static void stopMailServer() {
		smtp.stop();
	}

	@Test
	void theVerifiersHearOfANewAnonymousComplaintWithoutLearningWhoSentIt() {
		// Monday 7 December 2026, 10:00 WIB: office hours.
		Instant monday = wib(2026, 12, 7, 10);
		String number = this.tasks.call(monday, () -> Citizen.submit(this.port, anonymous()).trackingNumber());

		this.tasks.runAt(monday, () -> Mailbox.sendUntil(this.sender, () -> !about(VERIFIER, number).isEmpty()));

		List<Mailbox.Mail> mails = about(VERIFIER, number);
		assertThat(mails).hasSize(1);
		Mailbox.Mail mail = mails.get(0);
		assertThat(mail.subject()).isEqualTo("Tugas baru: " + number + ": Verifikasi pengaduan");
		assertThat(mail.text()).contains("https://pengaduan.example.go.id/staff/complaints/" + number);
		assertThat(mail.subject() + mail.text() + mail.html()).doesNotContain("Wulan")
			.doesNotContain("3374010101900001")
			.doesNotContain("081234567890")
			.doesNotContain("wulan@example.org");
	}

	@Test
	void aTaskCreatedAtNightWaitsForTheNextWorkingMorningWhileTheReceiptGoesAtOnce() {
		// Friday 11 December 2026, 20:00 WIB; the next working morning is Monday the
		// 14th.
		Instant fridayNight = wib(2026, 12, 11, 20);
		String citizen = CitizenMailIntegrationTests.address();
		String number = this.tasks.call(fridayNight,
				() -> Citizen.submit(this.port, CitizenMailIntegrationTests.withEmail(citizen, Map.of()))
					.trackingNumber());

		this.tasks.runAt(fridayNight.plusSeconds(60),
				() -> Mailbox.sendUntil(this.sender, () -> !Mailbox.to(smtp, citizen).isEmpty()));
		this.tasks.runAt(wib(2026, 12, 12, 10), () -> Mailbox.sendUntil(this.sender, () -> false));
		assertThat(Mailbox.to(smtp, citizen)).hasSize(1);
		assertThat(about(VERIFIER, number)).isEmpty();

		this.tasks.runAt(wib(2026, 12, 14, 8),
				() -> Mailbox.sendUntil(this.sender, () -> !about(VERIFIER, number).isEmpty()));
		assertThat(about(VERIFIER, number)).hasSize(1);
	}

	@Test
	void anOfficerWhoChoseTheDigestGetsHisNewTasksInOneDailyMessage() {
		String liaison = "dinkes.penghubung";
		this.preferences.choose(liaison, true);
		try {
			Instant monday = wib(2026, 12, 7, 10);
			String first = this.tasks.call(monday, () -> Citizen.submit(this.port, Map.of()).trackingNumber());
			String second = this.tasks.call(monday, () -> Citizen.submit(this.port, Map.of()).trackingNumber());
			this.tasks.runAt(monday, () -> {
				verifyValid(first);
				verifyValid(second);
				Mailbox.sendUntil(this.sender, () -> false);
			});
			assertThat(about(liaison + "@pengaduan.example", first)).isEmpty();

			this.tasks.runAt(wib(2026, 12, 8, 8), () -> {
				this.staff.writeDigests();
				Mailbox.sendUntil(this.sender, () -> !about(liaison + "@pengaduan.example", second).isEmpty());
			});

			List<Mailbox.Mail> digests = about(liaison + "@pengaduan.example", first);
			assertThat(digests).hasSize(1);
			assertThat(digests.get(0).subject()).startsWith("Ringkasan tugas baru");
			assertThat(digests.get(0).text()).contains("Tugas baru: " + first + ": Terima atau kembalikan disposisi")
				.contains("Tugas baru: " + second + ": Terima atau kembalikan disposisi");
		}
		finally {
			this.preferences.choose(liaison, false);
		}
	}

	@Test
	void theVerifiersAreWarnedOnceBeforeTheDeadlineAndTheHeadsHearOfTheBreach() {
		// Monday 23 November 2026, 09:00 WIB: three working days to verify.
		String number = this.tasks.call(wib(2026, 11, 23, 9),
				() -> Citizen.submit(this.port, anonymous()).trackingNumber());

		this.tasks.runAt(wib(2026, 11, 26, 15), () -> {
			this.tasks.runDueJobs(number);
			this.tasks.runDueJobs(number);
			Mailbox.sendUntil(this.sender, () -> about(VERIFIER, number).stream()
				.anyMatch((mail) -> mail.subject().startsWith("Batas waktu mendekat")));
		});
		assertThat(about(VERIFIER, number)).filteredOn((mail) -> mail.subject().startsWith("Batas waktu mendekat"))
			.hasSize(1)
			.first()
			.satisfies((mail) -> assertThat(mail.text()).contains("Tahap verifikasi pengaduan " + number));

		this.tasks.runAt(wib(2026, 11, 27, 9), () -> {
			this.tasks.runDueJobs(number);
			Mailbox.sendUntil(this.sender, () -> about(VERIFIER, number).stream()
				.anyMatch((mail) -> mail.subject().startsWith("Batas waktu terlewati")));
		});
		assertThat(about(VERIFIER, number)).filteredOn((mail) -> mail.subject().startsWith("Batas waktu terlewati"))
			.hasSize(1)
			.first()
			.satisfies((mail) -> assertThat(mail.text() + mail.html()).doesNotContain("Wulan")
				.doesNotContain("3374010101900001"));
		assertThat(about(VERIFIER, number)).filteredOn((mail) -> mail.subject().startsWith("Batas waktu mendekat"))
			.hasSize(1);
	}

	private void verifyValid(String number) {
		this.tasks.complete(number, ComplaintProcess.TASK_VERIFY, "verifikator",
				Map.of("verificationOutcome", "VALID"));
	}

	private static List<Mailbox.Mail> about(String address, String number) {
		return Mailbox.to(smtp, address)
			.stream()
			.filter((mail) -> mail.subject().contains(number) || (mail.text() != null && mail.text().contains(number)))
			.toList();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> anonymous() {
		Map<String, Object> changes = new HashMap<>();
		changes.put("anonymous", true);
		return changes;
	}

	private static Instant wib(int year, int month, int day, int hour) {
		return ZonedDateTime.of(year, month, day, hour, 0, 0, 0, WIB).toInstant();
	}

}
