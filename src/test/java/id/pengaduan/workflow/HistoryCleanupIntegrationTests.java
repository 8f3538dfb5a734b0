package id.pengaduan.workflow;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

import id.pengaduan.Citizen;
import id.pengaduan.Staff;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's history lives 5 years after a complaint's process ends
 * (docs/decisions/0001), and the cleanup that removes it really runs, at night in WIB.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HistoryCleanupIntegrationTests {

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	HistoryService history;

	@Autowired
	ManagementService management;

	@Autowired
	ComplaintTasks tasks;

	@Test
	void theCleanupRunsEveryNightFromMidnightToFourInWib() {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) this.engine
			.getProcessEngineConfiguration();

		assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("00:00+0700");
		assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("04:00+0700");
		assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
		assertThat(configuration.getHistoryCleanupBatchSize()).isEqualTo(500);
		assertThat(configuration.getFailedJobRetryTimeCycle()).isEqualTo("R5/PT5M");
		assertThat(this.history.findHistoryCleanupJobs()).as("the cleanup job, scheduled at start").isNotEmpty();
	}

	@Test
	void aFinishedComplaintLeavesTheEnginesHistoryFiveYearsAndADayAfterItEnded() {
		Citizen.Receipt finished = Citizen.submit(this.port, Map.of());
		Staff.verify(this.tasks, finished.trackingNumber(), "REJECTED", "Bukan pengaduan pelayanan publik.");
		Citizen.Receipt open = Citizen.submit(this.port, Map.of());
		HistoricProcessInstance ended = historic(finished.trackingNumber());
		assertThat(ended.getEndTime()).isNotNull();
		assertThat(Duration.between(ended.getEndTime().toInstant(), ended.getRemovalTime().toInstant()))
			.isEqualTo(Duration.ofDays(1825));

		// 01:00 WIB, the night after the removal time: inside the cleanup window.
		Instant night = ended.getRemovalTime()
			.toInstant()
			.atZone(WIB)
			.toLocalDate()
			.plusDays(1)
			.atTime(LocalTime.of(1, 0))
			.atZone(WIB)
			.toInstant();
		this.tasks.runAt(night, () -> {
			Job cleanup = this.history.cleanUpHistoryAsync(false);
			assertThat(cleanup.getDuedate().toInstant()).as("due at once inside the window").isBeforeOrEqualTo(night);
			this.management.executeJob(cleanup.getId());
		});

		assertThat(this.history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(finished.trackingNumber())
			.count()).isZero();
		assertThat(this.history.createHistoricActivityInstanceQuery().processInstanceId(ended.getId()).count())
			.isZero();
		assertThat(historic(open.trackingNumber()).getEndTime()).as("a running complaint keeps its history").isNull();
	}

	private HistoricProcessInstance historic(String trackingNumber) {
		return this.history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(trackingNumber)
			.processDefinitionKey(ComplaintProcess.KEY)
			.singleResult();
	}

}
