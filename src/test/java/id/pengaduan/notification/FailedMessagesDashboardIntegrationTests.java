package id.pengaduan.notification;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.pengaduan.Citizen;
import id.pengaduan.Staff;
import id.pengaduan.StaffSession;
import id.pengaduan.workflow.ComplaintTasks;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Messages that failed for good are visible on the supervision dashboard beyond the case
 * file: a figure for the viewer's scope and a list of the complaints, each linking to its
 * case file. Nobody listens on the mail port and one attempt is all a message gets.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "pengaduan.notification.max-attempts=1")
class FailedMessagesDashboardIntegrationTests {

	static final int SMTP_PORT = Mailbox.freePort();

	private static final Pattern FIGURE = Pattern.compile("id=\"failed-messages\".*?<strong[^>]*>(\\d+)</strong>",
			Pattern.DOTALL);

	@LocalServerPort
	int port;

	@Autowired
	OutboxSender sender;

	@Autowired
	ComplaintTasks tasks;

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@Test
	void aSupervisorSeesEveryFailedMessageAndTheHeadOfAnSkpdThoseOfHisComplaints() {
		String notDisposed = Citizen
			.submit(this.port, CitizenMailIntegrationTests.withEmail(CitizenMailIntegrationTests.address(), Map.of()))
			.trackingNumber();
		String dinkes = Citizen
			.submit(this.port, CitizenMailIntegrationTests.withEmail(CitizenMailIntegrationTests.address(), Map.of()))
			.trackingNumber();
		Staff.verify(this.tasks, dinkes, "VALID", null);
		Mailbox.sendUntil(this.sender, () -> false);

		StaffSession sekda = StaffSession.login(this.port, "sekda", "demo");
		StaffSession head = StaffSession.login(this.port, "dinkes.kepala", "demo");
		long all = figure(sekda.get("/staff/dashboard").body());
		long dinkesOnly = figure(head.get("/staff/dashboard").body());
		// The receipts of both and the forwarding of the second, at least.
		assertThat(all).isGreaterThanOrEqualTo(3);
		assertThat(dinkesOnly).isGreaterThanOrEqualTo(2).isLessThan(all);

		String everything = sekda.get("/staff/dashboard/notifikasi-gagal").body();
		assertThat(everything).contains("href=\"/staff/complaints/" + notDisposed + "#notifikasi\"")
			.contains("href=\"/staff/complaints/" + dinkes + "#notifikasi\"");
		String his = head.get("/staff/dashboard/notifikasi-gagal").body();
		assertThat(his).contains(dinkes).doesNotContain(notDisposed);
	}

	private static long figure(String dashboard) {
		Matcher matcher = FIGURE.matcher(dashboard);
		assertThat(matcher.find()).as("the figure of failed messages").isTrue();
		return Long.parseLong(matcher.group(1));
	}

}
