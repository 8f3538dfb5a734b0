package id.pengaduan.identity;

import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The guard against default passwords, with a real engine's password hashing. */
class DefaultCredentialsGuardTests {

	ProcessEngine engine;

	IdentityService identity;

	@BeforeEach
	void engine() {
		String name = "guard-" + UUID.randomUUID();
		this.engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
			.setProcessEngineName(name)
			.setJdbcUrl("jdbc:h2:mem:" + name)
			.setJobExecutorActivate(false)
			.buildProcessEngine();
		this.identity = this.engine.getIdentityService();
	}

	@AfterEach
	void close() {
		this.engine.close();
	}

	@Test
	void refusesToStartWhileTheAdministratorKeepsTheDefaultPassword() {
		user("admin", "admin");
		user("kepaladukcapil", "Kuat-dan-Panjang-2026");

		assertThatIllegalStateException()
			.isThrownBy(() -> new DefaultCredentialsGuard(this.engine).afterSingletonsInstantiated())
			.withMessageContaining("admin")
			.withMessageNotContaining("kepaladukcapil")
			.withMessageContaining("PENGADUAN_ADMIN_PASSWORD");
	}

	@Test
	void refusesToStartWhileADemoLoginExists() {
		user("admin", "Kuat-dan-Panjang-2026");
		user("verifikator", "demo");

		assertThat(new DefaultCredentialsGuard(this.engine).usersWithAWellKnownPassword())
			.containsExactly("verifikator");
	}

	@Test
	void startsWhenEveryPasswordIsItsOwnAndCountsNoFailedLogin() {
		user("admin", "Kuat-dan-Panjang-2026");

		new DefaultCredentialsGuard(this.engine).afterSingletonsInstantiated();

		assertThat(this.identity.createUserQuery().userId("admin").singleResult()).isNotNull();
		assertThat(this.identity.checkPassword("admin", "Kuat-dan-Panjang-2026")).isTrue();
	}

	private void user(String id, String password) {
		User user = this.identity.newUser(id);
		user.setPassword(password);
		this.identity.saveUser(user);
	}

}
