package id.pengaduan.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import id.pengaduan.Citizen;
import id.pengaduan.Staff;
import id.pengaduan.complaint.Complaint;
import id.pengaduan.complaint.ComplaintState;
import id.pengaduan.complaint.Complaints;
import id.pengaduan.complaint.StateChange;
import id.pengaduan.workflow.ComplaintProcess;
import id.pengaduan.workflow.ComplaintTasks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A double click, two tabs, a retrying phone: many copies of one reply arrive at once.
 * The first wins; every other gets a 409 (API) or the tracking page saying that the
 * complaint has moved on, never a 500, and the complaint records the reply once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConcurrentRepliesIntegrationTests {

	private static final int COPIES = 50;

	@LocalServerPort
	int port;

	@Autowired
	ComplaintTasks tasks;

	@Autowired
	Complaints complaints;

	@Test
	void fiftyFeedbacksOnTheApiReopenOnceAndTheOthersAnswer409() {
		Citizen.Receipt receipt = Citizen.submit(this.port, Map.of());
		Staff.answer(this.tasks, receipt.trackingNumber(), "Jadwal loket sudah dipasang di pintu masuk.");

		List<Citizen.Response> responses = atOnce(
				(i) -> Citizen.post(this.port, "/api/complaints/" + receipt.trackingNumber() + "/feedback",
						Map.of("satisfied", false, "reason", "Loket masih tutup kemarin."), receipt.header()));

		assertThat(responses).filteredOn((response) -> response.status() == 200).hasSize(1);
		assertThat(responses).filteredOn((response) -> response.status() != 200)
			.hasSize(COPIES - 1)
			.allSatisfy((response) -> {
				assertThat(response.status()).as(response.body()).isEqualTo(409);
				assertThat(response.header("Content-Type")).startsWith("application/problem+json");
				assertThat(response.json().get("title").asText())
					.isEqualTo("Langkah ini tidak dapat dilakukan sekarang");
			});
		// The process continues after the citizen's reply in a job: once.
		this.tasks.runContinuations(receipt.trackingNumber());
		Complaint complaint = this.complaints.findByTrackingNumber(receipt.trackingNumber()).orElseThrow();
		assertThat(events(complaint)).filteredOn("history.FEEDBACK_NOT_SATISFIED"::equals).hasSize(1);
		assertThat(events(complaint)).filteredOn("history.REOPENED"::equals).hasSize(1);
		assertThat(complaint.getReopenCount()).isEqualTo(1);
		assertThat(this.tasks.openTasks(receipt.trackingNumber())).containsExactly(ComplaintProcess.TASK_HANDLE);
	}

	@Test
	void fiftyCompletionsOnTheApiAreRecordedOnceAndTheOthersAnswer409() {
		Citizen.Receipt receipt = Citizen.submit(this.port, Map.of());
		Staff.verify(this.tasks, receipt.trackingNumber(), "INCOMPLETE", "Sebutkan nama petugas loket.");

		List<Citizen.Response> responses = atOnce(
				(i) -> Citizen.post(this.port, "/api/complaints/" + receipt.trackingNumber() + "/completion",
						Map.of("information", "Petugas loket 3, Bapak Slamet."), receipt.header()));

		assertThat(responses).filteredOn((response) -> response.status() == 200).hasSize(1);
		assertThat(responses).filteredOn((response) -> response.status() != 200)
			.hasSize(COPIES - 1)
			.allSatisfy((response) -> assertThat(response.status()).as(response.body()).isEqualTo(409));
		// The process continues after the citizen's reply in a job: once.
		this.tasks.runContinuations(receipt.trackingNumber());
		Complaint complaint = this.complaints.findByTrackingNumber(receipt.trackingNumber()).orElseThrow();
		assertThat(events(complaint)).filteredOn("history.COMPLETION_PROVIDED"::equals).hasSize(1);
		assertThat(this.tasks.openTasks(receipt.trackingNumber())).containsExactly(ComplaintProcess.TASK_VERIFY);
	}

	@Test
	void fiftyFeedbacksOnTheTrackingPageReopenOnceAndTheOthersSeeTheNewState() {
		Citizen.Receipt receipt = Citizen.submit(this.port, Map.of());
		Staff.answer(this.tasks, receipt.trackingNumber(), "Jadwal loket sudah dipasang di pintu masuk.");
		List<PortalSession> tabs = new ArrayList<>();
		for (int i = 0; i < COPIES; i++) {
			PortalSession tab = PortalSession.open(this.port);
			tab.get("/lacak");
			tabs.add(tab);
		}

		List<PortalSession.Page> pages = atOnce((i) -> tabs.get(i)
			.post("/lacak/tanggapan", Map.of("trackingNumber", receipt.trackingNumber(), "accessCode",
					receipt.accessCode(), "satisfied", "false", "reason", "Loket masih tutup kemarin.")));

		assertThat(pages).allSatisfy((page) -> assertThat(page.status()).isEqualTo(200));
		assertThat(pages).filteredOn((page) -> page.contains("Pengaduan Anda dibuka kembali dan akan ditangani lagi."))
			.hasSize(1);
		assertThat(pages).filteredOn((page) -> page.contains("Status pengaduan sudah berubah")).hasSize(COPIES - 1);
		// The process continues after the citizen's reply in a job: once.
		this.tasks.runContinuations(receipt.trackingNumber());
		Complaint complaint = this.complaints.findByTrackingNumber(receipt.trackingNumber()).orElseThrow();
		assertThat(events(complaint)).filteredOn("history.FEEDBACK_NOT_SATISFIED"::equals).hasSize(1);
		assertThat(complaint.getState()).isEqualTo(ComplaintState.REOPENED);
		assertThat(complaint.getReopenCount()).isEqualTo(1);
		assertThat(this.tasks.openTasks(receipt.trackingNumber())).containsExactly(ComplaintProcess.TASK_HANDLE);
	}

	@Test
	void fiftyCompletionsOnTheTrackingPageAreRecordedOnce() {
		Citizen.Receipt receipt = Citizen.submit(this.port, Map.of());
		Staff.verify(this.tasks, receipt.trackingNumber(), "INCOMPLETE", "Sebutkan nama petugas loket.");
		List<PortalSession> tabs = new ArrayList<>();
		for (int i = 0; i < COPIES; i++) {
			PortalSession tab = PortalSession.open(this.port);
			tab.get("/lacak");
			tabs.add(tab);
		}

		List<PortalSession.Page> pages = atOnce((i) -> tabs.get(i)
			.post("/lacak/kelengkapan", Map.of("trackingNumber", receipt.trackingNumber(), "accessCode",
					receipt.accessCode(), "information", "Petugas loket 3, Bapak Slamet.")));

		assertThat(pages).allSatisfy((page) -> assertThat(page.status()).isEqualTo(200));
		assertThat(pages).filteredOn((page) -> page.contains("kelengkapan sudah kami terima")).hasSize(1);
		assertThat(pages).filteredOn((page) -> page.contains("Status pengaduan sudah berubah")).hasSize(COPIES - 1);
		// The process continues after the citizen's reply in a job: once.
		this.tasks.runContinuations(receipt.trackingNumber());
		Complaint complaint = this.complaints.findByTrackingNumber(receipt.trackingNumber()).orElseThrow();
		assertThat(events(complaint)).filteredOn("history.COMPLETION_PROVIDED"::equals).hasSize(1);
		assertThat(this.tasks.openTasks(receipt.trackingNumber())).containsExactly(ComplaintProcess.TASK_VERIFY);
	}

	private static List<String> events(Complaint complaint) {
		return complaint.getHistory().stream().map(StateChange::getEvent).toList();
	}

	/** Sends all copies together: every thread waits at the gate, then all go. */
	private static <T> List<T> atOnce(Function<Integer, T> send) {
		ExecutorService threads = Executors.newFixedThreadPool(COPIES);
		try {
			CountDownLatch gate = new CountDownLatch(1);
			List<Future<T>> results = new ArrayList<>();
			for (int i = 0; i < COPIES; i++) {
				int copy = i;
				results.add(threads.submit(() -> {
					gate.await();
					return send.apply(copy);
				}));
			}
			gate.countDown();
			List<T> answers = new ArrayList<>();
			for (Future<T> result : results) {
				answers.add(result.get());
			}
			return answers;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			threads.shutdownNow();
		}
	}

}
