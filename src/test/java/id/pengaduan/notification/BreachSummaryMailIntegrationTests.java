package id.pengaduan.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.icegreen.greenmail.util.GreenMail;
import id.pengaduan.Citizen;
import id.pengaduan.Staff;
import id.pengaduan.sla.SlaClock;
import id.pengaduan.workflow.ComplaintTasks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.ReflectionUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The supervisors' weekly summary of missed deadlines (written by the supervision
 * module's job), received by a real SMTP server: the inspectorate and the regional
 * secretary get every breach of the week, the head of an SKPD only his SKPD's; once,
 * however often the job runs; when the office opens; no complainant in it. The week is
 * picked at random among weeks without holidays, so a database shared with earlier runs
 * holds no summary of it yet.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "pengaduan.notification.public-url=https://pengaduan.example.go.id")
class BreachSummaryMailIntegrationTests {

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	static final int SMTP_PORT = Mailbox.freePort();

	static GreenMail smtp;

	@LocalServerPort
	int port;

	@Autowired
	OutboxSender sender;

	@Autowired
	ComplaintTasks tasks;

	@Autowired
	SlaClock sla;

	@Autowired
	ApplicationContext context;

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
	void eachSupervisorHearsOnceOnMondayOfTheBreachesInHisScopeWithoutTheComplainant() {
		LocalDate monday = quietWeek();
		String unitBreach = this.tasks.call(wib(monday, 9),
				() -> Citizen.submit(this.port, anonymous()).trackingNumber());
		String dinkesBreach = this.tasks.call(wib(monday, 9), () -> {
			String number = Citizen.submit(this.port, Map.of()).trackingNumber();
			Staff.verify(this.tasks, number, "VALID", null);
			return number;
		});
		this.tasks.runAt(wib(monday.plusDays(4), 10), () -> {
			for (int round = 0; round < 3; round++) {
				this.tasks.runDueJobs(unitBreach);
				this.tasks.runDueJobs(dinkesBreach);
			}
		});

		String subject = "Ringkasan mingguan batas waktu terlewati (" + monday + " s.d. " + monday.plusDays(6) + ")";
		// Early on the next Monday, twice (two nodes): recorded once, sent when the
		// office opens.
		this.tasks.runAt(wib(monday.plusWeeks(1), 6), () -> {
			writeSummaries();
			writeSummaries();
			Mailbox.sendUntil(this.sender, () -> false);
		});
		assertThat(summaries("inspektur@pengaduan.example", subject)).isEmpty();
		this.tasks.runAt(wib(monday.plusWeeks(1), 8),
				() -> Mailbox.sendUntil(this.sender,
						() -> summaries("dinkes.kepala@pengaduan.example", subject).size() == 1
								&& summaries("inspektur@pengaduan.example", subject).size() == 1
								&& summaries("sekda@pengaduan.example", subject).size() == 1));

		for (String supervisor : List.of("inspektur@pengaduan.example", "sekda@pengaduan.example")) {
			List<Mailbox.Mail> mails = summaries(supervisor, subject);
			assertThat(mails).as(supervisor).hasSize(1);
			assertThat(mails.get(0).text()).contains(unitBreach + ": tahap verifikasi")
				.contains(dinkesBreach + ": tahap ")
				.contains("Dinas Kesehatan")
				.doesNotContain("Wulan")
				.doesNotContain("3374010101900001")
				.doesNotContain("081234567890");
		}
		List<Mailbox.Mail> head = summaries("dinkes.kepala@pengaduan.example", subject);
		assertThat(head).hasSize(1);
		assertThat(head.get(0).text()).contains(dinkesBreach).doesNotContain(unitBreach);
	}

	/** The supervision module's job, package-private there, as the scheduler calls it. */
	private void writeSummaries() {
		Object job = this.context.getBean("weeklyBreachSummary");
		var send = ReflectionUtils.findMethod(job.getClass(), "send");
		ReflectionUtils.makeAccessible(send);
		ReflectionUtils.invokeMethod(send, job);
	}

	/** A random Monday from 2027 on whose week has five working days, and the next. */
	private LocalDate quietWeek() {
		while (true) {
			LocalDate monday = LocalDate.of(2027, 1, 4).plusWeeks(ThreadLocalRandom.current().nextInt(300));
			boolean quiet = this.sla.calendar().isWorkingDay(monday.plusWeeks(1));
			for (int day = 0; day < 7; day++) {
				quiet &= this.sla.calendar().isWorkingDay(monday.plusDays(day)) == (day < 5);
			}
			if (quiet) {
				return monday;
			}
		}
	}

	private static List<Mailbox.Mail> summaries(String address, String subject) {
		return Mailbox.to(smtp, address).stream().filter((mail) -> subject.equals(mail.subject())).toList();
	}

	private static Map<String, Object> anonymous() {
		Map<String, Object> changes = new HashMap<>();
		changes.put("anonymous", true);
		return changes;
	}

	private static Instant wib(LocalDate day, int hour) {
		return ZonedDateTime.of(day.atTime(hour, 0), WIB).toInstant();
	}

}
