package id.pengaduan.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A bare Camunda 7 engine in the benchmark's JVM, configured as the application
 * configures its own (history {@code activity}, authorizations on, strong UUIDs, the
 * same task permission), running {@code bench/bare.bpmn} with the same nine variables.
 * It is the yardstick: what the engine alone costs on this machine and database.
 */
final class BareEngine implements AutoCloseable {

	static final String VERIFIER = "verifikator";

	private final HikariDataSource dataSource;

	private final ProcessEngine engine;

	private final JdbcTemplate jdbc;

	BareEngine(String url, String user, int poolSize) {
		HikariConfig pool = new HikariConfig();
		pool.setJdbcUrl(url);
		pool.setUsername(user);
		pool.setPassword(url.startsWith("jdbc:h2") ? "" : null);
		pool.setMaximumPoolSize(poolSize);
		this.dataSource = new HikariDataSource(pool);
		StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
		configuration.setProcessEngineName("bare");
		configuration.setDataSource(this.dataSource);
		configuration.setDatabaseSchemaUpdate("true");
		configuration.setHistory("activity");
		configuration.setAuthorizationEnabled(true);
		configuration.setDefaultUserPermissionNameForTask("TASK_WORK");
		configuration.setIdGenerator(new StrongUuidGenerator());
		configuration.setJobExecutorActivate(false);
		configuration.setEnforceHistoryTimeToLive(true);
		// The application's job executor settings (application.yml), so that timer drain
		// compares engines, not settings.
		DefaultJobExecutor jobs = new DefaultJobExecutor();
		jobs.setCorePoolSize(4);
		jobs.setMaxPoolSize(4);
		jobs.setQueueSize(30);
		jobs.setMaxJobsPerAcquisition(30);
		jobs.setMaxWait(5000);
		configuration.setJobExecutor(jobs);
		this.engine = configuration.buildProcessEngine();
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.engine.getRepositoryService()
			.createDeployment()
			.addClasspathResource("bench/bare.bpmn")
			.enableDuplicateFiltering(true)
			.deploy();
		IdentityService identity = this.engine.getIdentityService();
		if (identity.createGroupQuery().groupId(VERIFIER).count() == 0) {
			identity.saveGroup(identity.newGroup(VERIFIER));
			identity.saveUser(identity.newUser(VERIFIER));
			identity.createMembership(VERIFIER, VERIFIER);
			Authorization definition = this.engine.getAuthorizationService()
				.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
			definition.setGroupId(VERIFIER);
			definition.setResource(Resources.PROCESS_DEFINITION);
			definition.setResourceId("*");
			definition.addPermission(Permissions.READ);
			this.engine.getAuthorizationService().saveAuthorization(definition);
		}
	}

	JdbcTemplate jdbc() {
		return this.jdbc;
	}

	/** Starts one instance, as ComplaintProcessEvents does for the application. */
	boolean start(int n) {
		Instant now = Instant.now();
		Map<String, Object> variables = new HashMap<>();
		String key = "BARE-" + System.nanoTime() + "-" + n;
		variables.put("trackingNumber", key);
		variables.put("category", "KESEHATAN");
		variables.put("regionCode", "kota-semarang");
		variables.put("supervisoryContent", false);
		variables.put("verificationDue", Date.from(now.plus(3, ChronoUnit.DAYS)));
		variables.put("verificationWarn", Date.from(now.plus(2, ChronoUnit.DAYS)));
		variables.put("reopenCount", 0);
		variables.put("maxReopens", 2);
		this.engine.getRuntimeService().startProcessInstanceByKey("bare", key, variables);
		return true;
	}

	/** Completes one verification task as the verifier, with the form's fields. */
	boolean complete(String taskId) {
		IdentityService identity = this.engine.getIdentityService();
		identity.setAuthentication(VERIFIER, List.of(VERIFIER));
		try {
			Map<String, Object> variables = new HashMap<>();
			variables.put("verificationOutcome", "VALID");
			variables.put("category", "KESEHATAN");
			variables.put("supervisoryContent", false);
			variables.put("verificationNote", "Lengkap.");
			this.engine.getTaskService().complete(taskId, variables);
			return true;
		}
		finally {
			identity.clearAuthentication();
		}
	}

	ProcessEngineConfigurationImpl configuration() {
		return (ProcessEngineConfigurationImpl) this.engine.getProcessEngineConfiguration();
	}

	@Override
	public void close() {
		if (configuration().getJobExecutor().isActive()) {
			configuration().getJobExecutor().shutdown();
		}
		this.engine.close();
		this.dataSource.close();
	}

}
