package id.pengaduan.supervision;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import id.pengaduan.Chromium;
import id.pengaduan.complaint.Category;
import id.pengaduan.intake.ComplaintIntake;
import id.pengaduan.sla.SlaStage;
import id.pengaduan.sla.Timekeeper;
import id.pengaduan.workflow.ComplaintTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A supervisor in a real browser: logs in, finds an overdue complaint, downloads the CSV.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardBrowserIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ComplaintIntake intake;

	@Autowired
	ComplaintTasks tasks;

	@Autowired
	Timekeeper timekeeper;

	WebDriver browser;

	@AfterEach
	void quit() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void theRegionalSecretarySeesAnOverdueComplaintAndDownloadsTheCsv() throws Exception {
		PastComplaints past = new PastComplaints(this.intake, this.tasks, this.timekeeper);
		// Submitted a month ago and never verified: its 3 working days have run out,
		// whatever
		// holidays fell in between.
		PastComplaints.Submitted overdue = past.submit(Instant.now().minus(Duration.ofDays(30)), Category.KESEHATAN);
		// Followed up by Dinkes a month late: a missed first follow-up this month.
		past.start(overdue, SlaStage.FIRST_RESPONSE, "dinkes", Instant.now().minus(Duration.ofDays(30)));
		past.stop(overdue, SlaStage.FIRST_RESPONSE, Instant.now().minusSeconds(60));
		this.browser = Chromium.start();

		this.browser.get(url("/login"));
		this.browser.findElement(By.name("username")).sendKeys("sekda");
		this.browser.findElement(By.name("password")).sendKeys("demo");
		this.browser.findElement(By.cssSelector("button[type=submit]")).click();
		// Wait until the login has gone through (redirect away from /login) before
		// leaving the page.
		new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until((driver) -> !driver.getCurrentUrl().contains("/login"));
		this.browser.get(url("/staff/dashboard"));

		WebElement overdueList = this.browser.findElement(By.id("overdue"));
		assertThat(overdueList.getText()).contains(overdue.trackingNumber()).contains("Verifikasi oleh unit pengaduan");
		assertThat(overdueList.findElement(By.linkText(overdue.trackingNumber())).getAttribute("href"))
			.endsWith("/staff/complaints/" + overdue.trackingNumber());
		// The charts are drawn (Chart.js from its WebJar) next to the tables.
		assertThat(this.browser.findElements(By.cssSelector("#open canvas"))).isNotEmpty();
		assertThat((Boolean) ((JavascriptExecutor) this.browser).executeScript(
				"return typeof Chart !== 'undefined' && Chart.getChart(document.querySelector('#open canvas')) != null"))
			.isTrue();
		Chromium.screenshot(this.browser, "dashboard");
		for (String section : new String[] { "at-risk", "open", "compliance" }) {
			((JavascriptExecutor) this.browser).executeScript("document.getElementById(arguments[0]).scrollIntoView()",
					section);
			Chromium.screenshot(this.browser, "dashboard-" + section);
		}

		String csvLink = overdueList.findElement(By.linkText("Unduh CSV")).getAttribute("href");
		Cookie session = this.browser.manage().getCookieNamed("JSESSIONID");
		HttpResponse<String> csv = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(csvLink))
				.header("Cookie", "JSESSIONID=" + session.getValue())
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
		assertThat(csv.body())
			.startsWith("Nomor pengaduan,Kode SKPD,SKPD / unit,Tahap,Tenggat,Terlambat (hari kerja),Keterangan\r\n")
			.contains(overdue.trackingNumber() + ",,Unit pengaduan,Verifikasi oleh unit pengaduan,");
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
