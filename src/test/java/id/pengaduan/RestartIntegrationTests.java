package id.pengaduan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import id.pengaduan.complaint.ComplaintState;
import id.pengaduan.complaint.Complaints;
import id.pengaduan.complaint.Submission;
import id.pengaduan.complaint.Category;
import id.pengaduan.complaint.Channel;
import id.pengaduan.complaint.Complainant;
import id.pengaduan.intake.ComplaintIntake;
import id.pengaduan.workflow.ComplaintProcess;
import id.pengaduan.workflow.ComplaintTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** An accepted complaint and its process survive a restart of the application. */
class RestartIntegrationTests {

	@TempDir
	Path directory;

	@Test
	void anAcceptedComplaintSurvivesARestart() {
		String number;
		try (ConfigurableApplicationContext first = start()) {
			number = first.getBean(ComplaintIntake.class)
				.submit(new Submission(Channel.WALK_IN, Category.PENDIDIKAN, "kab-semarang", "SMA Negeri 1", null, null,
						null, "Pungutan biaya seragam yang tidak sesuai ketentuan sekolah negeri.",
						new Complainant("Rahmat", null, "081298765432", null), false, false, null, List.of()))
				.trackingNumber()
				.value();
		}

		try (ConfigurableApplicationContext second = start()) {
			assertThat(second.getBean(Complaints.class).findByTrackingNumber(number)).get()
				.satisfies((complaint) -> assertThat(complaint.getState()).isEqualTo(ComplaintState.RECEIVED));
			ComplaintTasks tasks = second.getBean(ComplaintTasks.class);
			assertThat(tasks.openTasks(number)).containsExactly(ComplaintProcess.TASK_VERIFY);
			Staff.verify(tasks, number, "VALID", null);
			assertThat(tasks.openTasks(number)).containsExactly(ComplaintProcess.TASK_ACCEPT_DISPOSITION);
		}
	}

	/**
	 * A fresh application on an H2 file in a temporary folder; under the postgres-test
	 * profile, on the PostgreSQL test database instead. Its own engine name keeps it
	 * apart from the other test contexts in this JVM.
	 */
	private ConfigurableApplicationContext start() {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--camunda.bpm.process-engine-name=restart",
				"--camunda.bpm.webapp.enabled=false"));
		if (!System.getProperty("spring.profiles.active", "").contains("postgres")) {
			args.add("--spring.datasource.url=jdbc:h2:file:" + this.directory.resolve("pengaduan")
					+ ";NON_KEYWORDS=VALUE");
		}
		return new SpringApplicationBuilder(PengaduanApplication.class).run(args.toArray(String[]::new));
	}

}
