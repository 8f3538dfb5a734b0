package id.pengaduan;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import id.pengaduan.workflow.ComplaintProcess;
import id.pengaduan.workflow.ComplaintTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One complaint worked through its whole life in the Tasklist itself, in Chromium, by the
 * complaint unit's verifier and Dinas Kesehatan's liaison officer, handler and head: with
 * a returned disposition, an approval refused without a note, and a reopen. Each task is
 * found from a filter, shows its deadline and the complaint beside it, and no English
 * engine error ever shows. Screenshots of each step go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TasklistBrowserIntegrationTests {

	private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	/** A task in the list: its name and, beside it, its dates. */
	private static final By TASK_CARD = By
		.xpath("//h4[contains(@class, 'task')]/ancestor::*[.//*[contains(@class, 'dates')]][1]");

	private static final String DESCRIPTION = "Antrean obat di apotek puskesmas Bandarharjo lebih dari tiga jam.";

	private static final String QUEUE_COMPLAINT_UNIT = "Antrean unit pengaduan";

	private static final String QUEUE_DINKES = "Antrean Dinas Kesehatan";

	@LocalServerPort
	int port;

	@Autowired
	ComplaintTasks tasks;

	WebDriver browser;

	String number;

	int step;

	@AfterEach
	void quit() {
		if (this.browser != null) {
			// The last thing the browser showed, for a failure's reader.
			Chromium.screenshot(this.browser, "tasklist-last");
			this.browser.quit();
		}
	}

	// TODO(issue 15): green up to the verifier's completed verification (filter,
	// deadline,
	// complaint beside the task, search, axe on the complaint tab and on the form); the
	// scenes after it have not yet run to the end on the shared 2-core machine, where the
	// Tasklist alone took over 60 s to load. Enable once they have.
	@Disabled("scenes after the verification not yet run to the end, see TODO above")
	@Test
	void aComplaintIsWorkedThroughItsWholeLifeInTheTasklist() {
		Citizen.Receipt receipt = Citizen.submit(this.port,
				Map.of("description", DESCRIPTION, "location", "Puskesmas Bandarharjo"));
		this.number = receipt.trackingNumber();
		this.browser = Chromium.start();

		theVerifierFindsTheComplaintAndVerifiesIt();
		theLiaisonOfficerReturnsTheDisposition();
		theVerifierSendsItToDinkesAgain();
		theLiaisonOfficerAcceptsItAndPostsTheFirstResponse();
		theHandlerHandlesItAndDraftsTheAnswer("Apotek kini dilayani dua petugas pada jam sibuk.");
		theHeadCannotRefuseWithoutANoteAndSendsItBackWithOne();
		theHandlerDraftsAgainReadingTheHeadsNote();
		theHeadApprovesTheAnswer();

		assertThat(Citizen
			.post(this.port, "/api/complaints/" + this.number + "/feedback",
					Map.of("satisfied", false, "reason", "Hari Sabtu antrean masih tiga jam."), receipt.header())
			.status()).isLessThan(300);
		this.tasks.runContinuations(this.number);

		theHandlerReadsWhyItWasReopenedAndAnswersAgain();
		theHeadApprovesTheAnswer();

		assertThat(this.tasks.openTasks(this.number)).containsExactly(ComplaintProcess.TASK_AWAIT_FEEDBACK);
	}

	private void theVerifierFindsTheComplaintAndVerifiesIt() {
		logIn("verifikator");
		openFromFilter(QUEUE_COMPLAINT_UNIT);
		assertThat(complaintTab()).contains(DESCRIPTION).contains("Puskesmas Bandarharjo").contains("Wulan Sari");
		assertAccessible(".pengaduan-complaint");
		findsItsTasksByTheTrackingNumber();
		claimAndFillTheForm();
		assertAccessible(".fjs-form");
		select("Hasil verifikasi", "Valid");
		complete();
	}

	/** No engine vocabulary: the number as the citizen quotes it, in lower case. */
	private void findsItsTasksByTheTrackingNumber() {
		WebElement search = this.browser.findElement(By.id("pengaduan-search-number"));
		search.sendKeys(this.number.toLowerCase());
		this.browser.findElement(By.cssSelector(".pengaduan-search button[type=submit]")).click();
		WebElement results = wait(10)
			.until((driver) -> driver.findElements(By.cssSelector(".pengaduan-search-results li")).isEmpty() ? null
					: driver.findElement(By.cssSelector(".pengaduan-search-results")));
		assertThat(results.getText()).contains(this.number).contains("Klaim dan buka");
		assertAccessible(".pengaduan-complaint");
		screenshot("search");
		search.clear();
		this.browser.findElement(By.cssSelector(".pengaduan-search-results a")).click();
		wait(10).until((driver) -> driver.findElements(By.cssSelector(".pengaduan-search-results li")).isEmpty());
	}

	private void theLiaisonOfficerReturnsTheDisposition() {
		logIn("dinkes.penghubung");
		openFromFilter(QUEUE_DINKES);
		assertThat(complaintTab()).contains(DESCRIPTION).doesNotContain("Wulan");
		claimAndFillTheForm();
		type("Alasan dikembalikan", "Apotek puskesmas dikelola UPT farmasi; mohon dicek ulang.");
		screenshot("liaison-returns");
		complete();
	}

	private void theVerifierSendsItToDinkesAgain() {
		logIn("verifikator");
		openFromFilter(QUEUE_COMPLAINT_UNIT);
		assertThat(complaintTab()).contains("Apotek puskesmas dikelola UPT farmasi");
		claimAndFillTheForm();
		select("SKPD tujuan", "Dinas Kesehatan");
		complete();
	}

	private void theLiaisonOfficerAcceptsItAndPostsTheFirstResponse() {
		logIn("dinkes.penghubung");
		openFromFilter(QUEUE_DINKES);
		claimAndFillTheForm();
		tick("terima disposisi");
		complete();
		openFromFilter(QUEUE_DINKES);
		claimAndFillTheForm();
		type("Tindak lanjut pertama", "Kami memeriksa jadwal petugas apotek.");
		complete();
	}

	private void theHandlerHandlesItAndDraftsTheAnswer(String answer) {
		logIn("dinkes.penangan");
		openFromFilter(QUEUE_DINKES);
		claimAndFillTheForm();
		type("Catatan penanganan", "Kepala puskesmas menambah petugas.");
		screenshot("handler-handles");
		complete();
		openFromFilter(QUEUE_DINKES);
		claimAndFillTheForm();
		type("Jawaban akhir", answer);
		complete();
	}

	private void theHeadCannotRefuseWithoutANoteAndSendsItBackWithOne() {
		logIn("dinkes.kepala");
		openFromFilter(QUEUE_DINKES);
		assertThat(complaintTab()).contains("Apotek kini dilayani dua petugas pada jam sibuk.");
		screenshot("head-reads-draft");
		claimAndFillTheForm();
		clickComplete();
		// Refused beside the note he left empty; the task stays open.
		WebElement refusal = wait(20).until((driver) -> driver.findElements(By.cssSelector(".fjs-form-field-error"))
			.stream()
			.filter(WebElement::isDisplayed)
			.findFirst()
			.orElse(null));
		screenshot("head-refused-without-note");
		assertThat(refusal.getText()).isNotBlank();
		assertNoEnglishEngineError();
		assertThat(this.tasks.openTasks(this.number)).contains(ComplaintProcess.TASK_APPROVE_FINAL_RESPONSE);
		type("Catatan revisi", "Sebutkan jam layanan apotek yang baru.");
		complete();
	}

	private void theHandlerDraftsAgainReadingTheHeadsNote() {
		logIn("dinkes.penangan");
		openFromFilter(QUEUE_DINKES);
		assertThat(complaintTab()).contains("Sebutkan jam layanan apotek yang baru.");
		claimAndFillTheForm();
		type("Jawaban akhir", "Apotek kini dilayani dua petugas pukul 07.30-14.00.");
		complete();
	}

	private void theHeadApprovesTheAnswer() {
		logIn("dinkes.kepala");
		openFromFilter(QUEUE_DINKES);
		claimAndFillTheForm();
		tick("Setujui");
		complete();
	}

	private void theHandlerReadsWhyItWasReopenedAndAnswersAgain() {
		logIn("dinkes.penangan");
		openFromFilter(QUEUE_DINKES);
		assertThat(complaintTab()).contains("Alasan pelapor membuka kembali pengaduan")
			.contains("Hari Sabtu antrean masih tiga jam.");
		screenshot("handler-reopened");
		claimAndFillTheForm();
		type("Catatan penanganan", "Petugas Sabtu ditambah.");
		complete();
		openFromFilter(QUEUE_DINKES);
		claimAndFillTheForm();
		type("Jawaban akhir", "Mulai pekan ini apotek dibuka dengan tiga petugas pada hari Sabtu.");
		complete();
	}

	private void logIn(String user) {
		this.browser.manage().deleteAllCookies();
		this.browser.get(url("/login"));
		this.browser.findElement(By.name("username")).sendKeys(user);
		this.browser.findElement(By.name("password")).sendKeys("demo");
		this.browser.findElement(By.cssSelector("button[type=submit]")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until((driver) -> !driver.getCurrentUrl().contains("/login"));
		this.browser.get(url("/camunda/app/tasklist/default/"));
		wait(180).until((driver) -> !driver.findElements(By.cssSelector(".task-filter")).isEmpty());
	}

	/**
	 * Chooses the filter, finds the complaint's task in it by its tracking number and
	 * opens it: its due date shows in the list, and the complaint beside it.
	 */
	private void openFromFilter(String filter) {
		this.browser.get(url("/camunda/app/tasklist/default/"));
		WebElement chosen = wait(60).until((driver) -> driver.findElements(By.cssSelector(".task-filter"))
			.stream()
			.filter((element) -> element.getText().startsWith(filter))
			.findFirst()
			.orElse(null));
		chosen.findElement(By.cssSelector("h4.name a")).click();
		WebElement card = wait(60).until((driver) -> driver.findElements(TASK_CARD)
			.stream()
			.filter((element) -> textOf(element).contains(this.number))
			.findFirst()
			.orElse(null));
		assertThat(card.findElements(By.cssSelector(".due-date"))).as("due date in the list").isNotEmpty();
		card.findElement(By.cssSelector("h4.task a")).click();
		wait(60).until((driver) -> !driver.findElements(By.cssSelector(".pengaduan-complaint")).isEmpty());
		assertThat(this.browser.findElement(By.cssSelector(".pengaduan-deadline")).getText()).contains("hari kerja");
		assertThat(complaintTab()).contains(this.number).contains(DESCRIPTION);
		screenshot(filter.replace(' ', '-').toLowerCase());
		assertNoEnglishEngineError();
	}

	private String complaintTab() {
		return this.browser.findElement(By.cssSelector(".pengaduan-complaint")).getText();
	}

	/** Our one action: claim the task and open its form. */
	private void claimAndFillTheForm() {
		click(this.browser.findElement(By.cssSelector(".pengaduan-complaint button")));
		wait(60).until((driver) -> !driver.findElements(By.cssSelector(".fjs-form")).isEmpty()
				&& driver.findElements(By.cssSelector(".disabled-form")).isEmpty());
	}

	private WebElement field(String label) {
		WebElement found = wait(10).until((driver) -> driver.findElements(By.cssSelector(".fjs-form label"))
			.stream()
			.filter((element) -> element.getText().contains(label))
			.findFirst()
			.orElse(null));
		return this.browser.findElement(By.id(found.getAttribute("for")));
	}

	private void type(String label, String text) {
		WebElement field = field(label);
		scrollTo(field);
		field.sendKeys(text);
	}

	/** Clicks as a person would: what is below the fold is scrolled to first. */
	private void click(WebElement element) {
		scrollTo(element);
		element.click();
	}

	private void scrollTo(WebElement element) {
		((JavascriptExecutor) this.browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
	}

	private void tick(String label) {
		WebElement box = field(label);
		if (!box.isSelected()) {
			click(box);
		}
	}

	private void select(String label, String option) {
		WebElement input = field(label);
		this.browser.findElement(By.id(input.getAttribute("id") + "-display")).click();
		wait(10)
			.until((driver) -> driver.findElements(By.cssSelector(".fjs-dropdownlist-item"))
				.stream()
				.filter((item) -> item.getText().startsWith(option))
				.findFirst()
				.orElse(null))
			.click();
	}

	private void clickComplete() {
		click(this.browser.findElements(By.cssSelector(".form-pane button[type=submit]"))
			.stream()
			.filter((button) -> button.getText().equals("Selesaikan"))
			.findFirst()
			.orElseThrow());
	}

	/** Completes the form; the Tasklist says so in Indonesian. */
	private void complete() {
		screenshot("form");
		clickComplete();
		// The Tasklist says "Tugas sudah diselesaikan." for a few seconds and closes the
		// task.
		wait(60).until((driver) -> pageText().contains("Tugas sudah diselesaikan.")
				|| pageText().contains("Pilih tugas dari daftar."));
		assertNoEnglishEngineError();
		// What the job executor would run a moment later (tests run without one).
		this.tasks.runContinuations(this.number);
	}

	private void assertNoEnglishEngineError() {
		assertThat(pageText()).doesNotContain("ENGINE-")
			.doesNotContain("Exception")
			.doesNotContain("An error happened")
			.doesNotContain("Internal Server Error");
	}

	/**
	 * WCAG 2 A and AA on the task view, Camunda's page around it with our texts and
	 * styles in it, then {@code ours} (our plugin, our form) with every rule.
	 */
	private void assertAccessible(String... ours) {
		// Camunda's own chrome names its icon-only buttons and links (panel toggles,
		// "edit
		// filter", "sort direction", "unclaim", the Cockpit link) by a tooltip only, and
		// puts an ARIA attribute its search input's role does not allow. That is the
		// Tasklist's markup, which we do not patch; our content is checked for these
		// rules
		// too, below.
		Results page = new AxeBuilder().withTags(WCAG)
			.disableRules(List.of("button-name", "link-name", "aria-allowed-attr"))
			.analyze(this.browser);
		assertThat(page.getViolations()).extracting(TasklistBrowserIntegrationTests::describe).isEmpty();
		AxeBuilder ourContent = new AxeBuilder().withTags(WCAG).include(".pengaduan-search");
		for (String selector : ours) {
			ourContent.include(selector);
		}
		assertThat(ourContent.analyze(this.browser).getViolations())
			.extracting(TasklistBrowserIntegrationTests::describe)
			.isEmpty();
	}

	private static String describe(Rule rule) {
		return rule.getId() + ": " + rule.getHelp() + " "
				+ rule.getNodes().stream().map((node) -> String.valueOf(node.getTarget())).toList();
	}

	private String pageText() {
		return this.browser.findElement(By.tagName("body")).getText();
	}

	private static String textOf(WebElement element) {
		try {
			return element.getText();
		}
		catch (StaleElementReferenceException ex) {
			return "";
		}
	}

	private void screenshot(String what) {
		this.step++;
		Chromium.screenshot(this.browser, "tasklist-%02d-%s".formatted(this.step, what));
	}

	private WebDriverWait wait(int seconds) {
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(seconds));
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
