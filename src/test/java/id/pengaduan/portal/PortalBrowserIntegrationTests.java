package id.pengaduan.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.pengaduan.Chromium;
import id.pengaduan.Staff;
import id.pengaduan.workflow.ComplaintProcess;
import id.pengaduan.workflow.ComplaintTasks;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen on a phone, in real headless Chromium: submits with a photo, sends missing
 * information, is not satisfied with the first answer, accepts the second and rates the
 * handling. Staff work their tasks through the engine in between. Every page is written
 * to target/screenshots/portal-*.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalBrowserIntegrationTests {

	/** A common Android phone's viewport: the portal is built for phones first. */
	private static final Dimension PHONE = new Dimension(412, 915);

	@LocalServerPort
	int port;

	@Autowired
	ComplaintTasks tasks;

	@Test
	void aCitizenSubmitsCompletesReopensAcceptsAndRatesTheHandling() throws IOException {
		Path photo = Files.createTempDirectory("portal").resolve("loket-tutup.jpg");
		Files.write(photo, TestFiles.photo("jpg"));
		WebDriver browser = Chromium.start();
		try {
			browser.manage().window().setSize(PHONE);
			browser.get("http://localhost:" + this.port + "/");
			assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Sampaikan pengaduan");
			shot(browser, "portal-home");

			// The form, first with a mistake: the NIK is short. The photo must be chosen
			// again after the refusal, everything else is kept.
			navigate(browser, browser.findElement(By.cssSelector(".hero a.button")));
			browser.findElement(By.id("category-KESEHATAN")).click();
			new Select(browser.findElement(By.id("regionCode"))).selectByValue("kota-semarang");
			browser.findElement(By.id("location")).sendKeys("Puskesmas Halmahera, Jl. Halmahera Raya 38");
			browser.findElement(By.id("latitude")).sendKeys("-6,9932");
			browser.findElement(By.id("longitude")).sendKeys("110,4381");
			((JavascriptExecutor) browser).executeScript("arguments[0].value = '2026-11-02'",
					browser.findElement(By.id("eventDate")));
			browser.findElement(By.id("description"))
				.sendKeys("Loket pendaftaran tutup pukul 10.00 padahal jam layanan sampai 14.00. "
						+ "Puluhan warga menunggu tanpa pemberitahuan.");
			browser.findElement(By.id("attachments")).sendKeys(photo.toAbsolutePath().toString());
			browser.findElement(By.id("name")).sendKeys("Wulan Sari");
			browser.findElement(By.id("nik")).sendKeys("33740101019000");
			browser.findElement(By.id("phone")).sendKeys("081234567890");
			browser.findElement(By.id("consent")).click();
			browser.findElement(By.id("challengeAnswer")).sendKeys(answer(browser));
			navigate(browser, browser.findElement(By.cssSelector("form.complaint-form button[type=submit]")));

			assertThat(browser.findElement(By.id("nik-error")).getText()).isEqualTo("NIK terdiri dari 16 angka.");
			assertThat(browser.findElement(By.id("attachments-lost")).getText()).contains("pilih lagi");
			assertThat(browser.findElement(By.id("description")).getAttribute("value")).startsWith("Loket pendaftaran");
			assertThat(browser.findElement(By.id("consent")).isSelected()).isTrue();
			shot(browser, "portal-form-errors");
			screen(browser, "portal-form-screen", browser.findElement(By.id("section-who")));

			WebElement nik = browser.findElement(By.id("nik"));
			nik.clear();
			nik.sendKeys("3374010101900001");
			browser.findElement(By.id("attachments")).sendKeys(photo.toAbsolutePath().toString());
			shot(browser, "portal-form");
			navigate(browser, browser.findElement(By.cssSelector("form.complaint-form button[type=submit]")));

			// The receipt.
			String number = browser.findElement(By.id("tracking-number")).getText();
			String code = browser.findElement(By.id("access-code")).getText();
			assertThat(number).matches("ADU-\\d{4}-\\d{6}");
			assertThat(browser.getCurrentUrl()).endsWith("/pengaduan/terkirim").doesNotContain(code);
			shot(browser, "portal-receipt");
			// The receipt as printed: the print stylesheet leaves the receipt alone on
			// the page.
			((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
			assertThat(browser.findElement(By.cssSelector(".portal-header")).isDisplayed()).isFalse();
			assertThat(browser.findElement(By.cssSelector("a[data-print]")).isDisplayed()).isFalse();
			assertThat(browser.findElement(By.id("access-code")).isDisplayed()).isTrue();
			shot(browser, "portal-receipt-print");
			((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

			// The complaint unit asks for more; the citizen answers on the tracking page.
			Staff.verify(this.tasks, number, "INCOMPLETE", "Mohon sebutkan tanggal dan nomor loket.");
			navigate(browser, browser.findElement(By.cssSelector("main a.button.secondary")));
			browser.findElement(By.id("trackingNumber")).sendKeys(number);
			browser.findElement(By.id("accessCode")).sendKeys(code.toLowerCase());
			shot(browser, "portal-lookup");
			navigate(browser, browser.findElement(By.cssSelector("main form button[type=submit]")));
			assertThat(state(browser)).isEqualTo("Menunggu kelengkapan");
			assertThat(browser.getPageSource()).contains("Mohon sebutkan tanggal dan nomor loket.");
			browser.findElement(By.id("information")).sendKeys("Senin 2 November 2026, loket nomor 3.");
			shot(browser, "portal-tracking-completion");
			navigate(browser, browser.findElement(By.cssSelector("section.action button[type=submit]")));
			assertThat(state(browser)).isEqualTo("Diterima (belum terverifikasi)");
			assertThat(browser.getCurrentUrl()).doesNotContain(code);

			// Verified, disposed to Dinas Kesehatan, answered.
			this.tasks.runContinuations(number);
			Staff.answer(this.tasks, number, "Jam layanan loket sudah dikembalikan sampai 14.00 dan diumumkan.");
			reload(browser);
			assertThat(state(browser)).isEqualTo("Menunggu tanggapan pelapor");
			assertThat(browser.getPageSource()).contains("Dinas Kesehatan").contains("sudah dikembalikan");
			shot(browser, "portal-tracking");
			screen(browser, "portal-tracking-screen", browser.findElement(By.tagName("body")));

			// Not satisfied: reopened, and the SKPD answers again.
			browser.findElement(By.id("reason")).sendKeys("Kemarin loket 3 tetap tutup pukul 10.00.");
			navigate(browser, browser.findElement(By.id("reject")));
			this.tasks.runContinuations(number);
			reload(browser);
			assertThat(state(browser)).isEqualTo("Dibuka kembali");
			assertThat(this.tasks.openTasks(number)).containsExactly(ComplaintProcess.TASK_HANDLE);
			shot(browser, "portal-tracking-reopened");
			this.tasks.complete(number, ComplaintProcess.TASK_HANDLE, "dinkes.penangan",
					Map.of("investigationNeeded", false, "handlingNote", "Petugas loket 3 ditegur."));
			this.tasks.complete(number, ComplaintProcess.TASK_DRAFT_FINAL_RESPONSE, "dinkes.penangan", Map
				.of("finalAnswer", "Petugas loket 3 sudah ditegur; kepala puskesmas memeriksa jam buka tiap hari."));
			this.tasks.complete(number, ComplaintProcess.TASK_APPROVE_FINAL_RESPONSE, "dinkes.kepala",
					Map.of("finalResponseApproved", true));

			// Accepted, closed, rated.
			reload(browser);
			assertThat(browser.getPageSource()).contains("kepala puskesmas memeriksa jam buka");
			navigate(browser, browser.findElement(By.id("accept")));
			this.tasks.runContinuations(number);
			reload(browser);
			assertThat(state(browser)).isEqualTo("Selesai");
			// The nine SKM elements of Permenpan RB 14/2017, each on its own radio group.
			for (int element = 1; element <= 9; element++) {
				browser.findElement(By.cssSelector("label[for=U" + element + "-" + ((element == 3) ? 3 : 4) + "]"))
					.click();
			}
			browser.findElement(By.id("comment")).sendKeys("Ditangani dengan baik, terima kasih.");
			shot(browser, "portal-survey");
			navigate(browser, browser.findElement(By.cssSelector("section.action button[type=submit]")));
			assertThat(browser.getPageSource()).contains("Penilaian Anda sudah kami terima.");
			shot(browser, "portal-tracking-resolved");

			navigate(browser, browser.findElement(By.linkText("Pengaduan publik")));
			assertThat(browser.getPageSource()).contains(number).doesNotContain("Wulan Sari");
			shot(browser, "portal-public");
		}
		finally {
			browser.quit();
			Files.deleteIfExists(photo);
			Files.deleteIfExists(photo.getParent());
		}
	}

	private static String answer(WebDriver browser) {
		Matcher sum = Pattern.compile("(\\d+) \\+ (\\d+)")
			.matcher(browser.findElement(By.id("challengeAnswer-label")).getText());
		assertThat(sum.find()).isTrue();
		return String.valueOf(Integer.parseInt(sum.group(1)) + Integer.parseInt(sum.group(2)));
	}

	/** Clicks what leaves the page, and waits until the next page has replaced it. */
	private static void navigate(WebDriver browser, WebElement target) {
		WebElement page = browser.findElement(By.tagName("html"));
		target.click();
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
		wait.until((driver) -> isGone(page));
		wait.ignoring(WebDriverException.class)
			.until((driver) -> "complete"
				.equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
	}

	/**
	 * Chromium reports an element of a replaced page as stale, or, during the switch, as
	 * a node that "does not belong to the document": both mean the old page is gone.
	 */
	private static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (WebDriverException ex) {
			return true;
		}
	}

	private static String state(WebDriver browser) {
		return browser.findElement(By.id("state")).getText();
	}

	private static void reload(WebDriver browser) {
		navigate(browser, browser.findElement(By.cssSelector("form.refresh button")));
	}

	/** One tall phone screen from {@code top} down, for the README. */
	private static void screen(WebDriver browser, String name, WebElement top) {
		browser.manage().window().setSize(new Dimension(PHONE.width, 1300));
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", top);
		Chromium.screenshot(browser, name);
		browser.manage().window().setSize(PHONE);
	}

	/** The whole page, not only what fits on the screen. */
	private static void shot(WebDriver browser, String name) {
		Number height = (Number) ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollHeight");
		browser.manage().window().setSize(new Dimension(PHONE.width, Math.max(PHONE.height, height.intValue() + 100)));
		Chromium.screenshot(browser, name);
		browser.manage().window().setSize(PHONE);
	}

}
