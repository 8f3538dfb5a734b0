package id.pengaduan.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import id.pengaduan.Citizen;
import id.pengaduan.Staff;
import id.pengaduan.complaint.Complaint;
import id.pengaduan.complaint.Complaints;
import id.pengaduan.sla.SlaClock;
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
 * The reminder to a complainant who was asked for missing information, received by a real
 * SMTP server: once, when 5 working days of his window are left, not before the office
 * opens, in his language, with what is missing and the deadline.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "pengaduan.notification.public-url=https://pengaduan.example.go.id")
class CompletionReminderMailIntegrationTests {

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	static final int SMTP_PORT = Mailbox.freePort();

	static GreenMail smtp;

	@LocalServerPort
	int port;

	@Autowired
	OutboxSender sender;

	@Autowired
	CompletionReminders reminders;

	@Autowired
	ComplaintTasks tasks;

	@Autowired
	Complaints complaints;

	@Autowired
	SlaClock sla;

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
	void theCitizenIsRemindedOnceFiveWorkingDaysBeforeHisWindowClosesDuringOfficeHours() {
		String email = CitizenMailIntegrationTests.address();
		// Monday 7 December 2026, 10:00 WIB.
		Instant asked = wib(LocalDate.of(2026, 12, 7), 10);
		String number = this.tasks.call(asked, () -> {
			String tracking = Citizen.submit(this.port, CitizenMailIntegrationTests.withEmail(email, Map.of()))
				.trackingNumber();
			Staff.verify(this.tasks, tracking, "INCOMPLETE", "Sebutkan nama puskesmas dan jam kejadian.");
			return tracking;
		});
		Complaint complaint = this.complaints.findByTrackingNumber(number).orElseThrow();
		Instant due = complaint.getNextDeadline().due();
		LocalDate reminderDay = asked.atZone(WIB).toLocalDate();
		while (this.sla.workingDaysBetween(wib(reminderDay, 10), due, complaint.getRegionCode()) > 5) {
			reminderDay = reminderDay.plusDays(1);
		}
		LocalDate dayBefore = reminderDay.minusDays(1);

		this.tasks.runAt(wib(dayBefore, 10), this::remindAndSend);
		assertThat(reminders(email)).isEmpty();

		// Before the office opens the reminder is recorded but waits.
		this.tasks.runAt(wib(reminderDay, 6), this::remindAndSend);
		assertThat(reminders(email)).isEmpty();

		this.tasks.runAt(wib(reminderDay, 9), () -> {
			this.reminders.remind();
			Mailbox.sendUntil(this.sender, () -> !reminders(email).isEmpty());
		});
		this.tasks.runAt(wib(reminderDay.plusDays(1), 10), this::remindAndSend);

		List<Mailbox.Mail> reminders = reminders(email);
		assertThat(reminders).hasSize(1);
		Mailbox.Mail mail = reminders.get(0);
		assertThat(mail.subject()).isEqualTo("Pengingat: lengkapi informasi pengaduan " + number);
		assertThat(mail.text()).contains("tinggal 5 hari kerja")
			.contains("Yang perlu dilengkapi:")
			.contains("Sebutkan nama puskesmas dan jam kejadian.")
			.contains("Batas waktu: " + due.atZone(WIB).getDayOfMonth())
			.contains("https://pengaduan.example.go.id/lacak");
		assertThat(Mailbox.to(smtp, email)).extracting(Mailbox.Mail::subject)
			.containsExactly("Pengaduan " + number + " telah diterima",
					"Pengaduan " + number + ": mohon lengkapi informasi",
					"Pengingat: lengkapi informasi pengaduan " + number);
	}

	@Test
	void aCitizenWhoUsedEnglishIsRemindedInEnglish() {
		String email = CitizenMailIntegrationTests.address();
		Instant asked = wib(LocalDate.of(2026, 12, 7), 11);
		String number = this.tasks.call(asked, () -> {
			Map<String, Object> body = Citizen.validComplaint();
			body.putAll(CitizenMailIntegrationTests.withEmail(email, Map.of()));
			String tracking = Citizen.post(this.port, "/api/complaints", body, Map.of("Accept-Language", "en"))
				.json()
				.get("trackingNumber")
				.asText();
			Staff.verify(this.tasks, tracking, "INCOMPLETE", "Name the clinic.");
			return tracking;
		});
		Complaint complaint = this.complaints.findByTrackingNumber(number).orElseThrow();
		Instant due = complaint.getNextDeadline().due();

		// The morning of the last day of the window: fewer than 5 working days left.
		this.tasks.runAt(wib(due.atZone(WIB).toLocalDate(), 10), this::remindAndSend);

		assertThat(Mailbox.to(smtp, email)).extracting(Mailbox.Mail::subject)
			.contains("Reminder: please complete the information for complaint " + number);
	}

	private void remindAndSend() {
		this.reminders.remind();
		Mailbox.sendUntil(this.sender, () -> false);
	}

	private static List<Mailbox.Mail> reminders(String email) {
		return Mailbox.to(smtp, email).stream().filter((mail) -> mail.subject().startsWith("Pengingat")).toList();
	}

	private static Instant wib(LocalDate day, int hour) {
		return ZonedDateTime.of(day.atTime(hour, 0), WIB).toInstant();
	}

}
