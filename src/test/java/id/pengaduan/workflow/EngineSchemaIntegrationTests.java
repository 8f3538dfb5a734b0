package id.pengaduan.workflow;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import id.pengaduan.PengaduanApplication;
import id.pengaduan.Staff;
import id.pengaduan.complaint.Category;
import id.pengaduan.complaint.Channel;
import id.pengaduan.complaint.Complainant;
import id.pengaduan.complaint.Submission;
import id.pengaduan.intake.ComplaintIntake;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flyway owns Camunda's schema (docs/decisions/0009): the engine never alters it on
 * start, on an empty database and on one whose Camunda tables the engine made itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EngineSchemaIntegrationTests {

	@Autowired
	ProcessEngine engine;

	@Autowired
	DataSource dataSource;

	@TempDir
	Path directory;

	@Test
	void theEngineOnlyChecksTheSchemaThatFlywayMade() throws SQLException {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) this.engine
			.getProcessEngineConfiguration();

		assertThat(configuration.getDatabaseSchemaUpdate())
			.isEqualTo(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
		assertThat(migrations(this.dataSource)).contains("5:camunda engine schema:true");
		assertThat(indexedColumns(this.dataSource, "ACT_RU_TASK")).contains("PARENT_TASK_ID_");
	}

	/**
	 * A database made by this application before V5: our tables by Flyway (V1 to V3),
	 * Camunda's by the engine itself.
	 */
	@Test
	void anExistingDatabaseWhoseEngineMadeItsOwnTablesKeepsThem() throws SQLException {
		String url = "jdbc:h2:file:" + this.directory.resolve("pengaduan") + ";NON_KEYWORDS=VALUE";
		Flyway.configure().dataSource(url, "sa", "").target("3").load().migrate();
		ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
			.setProcessEngineName("made-by-the-engine")
			.setJdbcUrl(url)
			.setJdbcUsername("sa")
			.setJdbcPassword("")
			.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
			.setHistory(ProcessEngineConfiguration.HISTORY_ACTIVITY)
			.setJobExecutorActivate(false)
			.buildProcessEngine()
			.close();

		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PengaduanApplication.class).run(
				"--server.port=0", "--camunda.bpm.process-engine-name=existing", "--camunda.bpm.webapp.enabled=false",
				"--spring.datasource.url=" + url, "--spring.datasource.username=sa", "--spring.datasource.password=")) {
			DataSource existing = app.getBean(DataSource.class);
			assertThat(migrations(existing)).contains("3:portal:true", "5:camunda engine schema:true");
			assertThat(indexedColumns(existing, "ACT_RU_TASK")).contains("PARENT_TASK_ID_");
			String number = app.getBean(ComplaintIntake.class)
				.submit(new Submission(Channel.WALK_IN, Category.KESEHATAN, "kota-semarang", "Puskesmas Halmahera",
						null, null, null, "Loket pendaftaran tutup pada jam layanan tanpa pemberitahuan.",
						new Complainant("Wulan Sari", null, "081234567890", null), false, false, null, List.of()))
				.trackingNumber()
				.value();
			ComplaintTasks tasks = app.getBean(ComplaintTasks.class);
			Staff.verify(tasks, number, "VALID", null);
			assertThat(tasks.openTasks(number)).containsExactly(ComplaintProcess.TASK_ACCEPT_DISPOSITION);
		}
	}

	private static List<String> migrations(DataSource dataSource) {
		return JdbcClient.create(dataSource)
			.sql("select \"version\", \"description\", \"success\" from \"flyway_schema_history\"")
			.query((rs, row) -> rs.getString(1) + ":" + rs.getString(2).toLowerCase(Locale.ROOT) + ":"
					+ rs.getBoolean(3))
			.list();
	}

	private static List<String> indexedColumns(DataSource dataSource, String table) throws SQLException {
		List<String> columns = new ArrayList<>();
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData metaData = connection.getMetaData();
			String name = metaData.storesLowerCaseIdentifiers() ? table.toLowerCase(Locale.ROOT) : table;
			try (ResultSet indexes = metaData.getIndexInfo(connection.getCatalog(), connection.getSchema(), name, false,
					false)) {
				while (indexes.next()) {
					String column = indexes.getString("COLUMN_NAME");
					if (column != null) {
						columns.add(column.toUpperCase(Locale.ROOT));
					}
				}
			}
		}
		return columns;
	}

}
