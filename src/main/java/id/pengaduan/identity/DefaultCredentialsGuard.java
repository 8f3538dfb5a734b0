package id.pengaduan.identity;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordManager;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Outside the demo ({@code pengaduan.demo.enabled=false}, as in the postgres profile) the
 * application refuses to start while any login still has a password everybody knows: the
 * administrator's {@code admin} default or a demo login's {@code demo}. Complaints carry
 * names, NIK numbers and accusations against officials; a default password must never
 * reach production silently.
 * <p>
 * The stored hashes are compared directly, not through
 * {@code IdentityService.checkPassword}, which would count every miss as a failed login.
 */
@Component
@ConditionalOnProperty(name = "pengaduan.demo.enabled", havingValue = "false", matchIfMissing = true)
class DefaultCredentialsGuard implements SmartInitializingSingleton {

	/** The first passwords an attacker tries; {@code demo} is every demo login's. */
	static final List<String> WELL_KNOWN = List.of("admin", "demo", "camunda", "password", "changeme", "123456");

	private final ProcessEngine engine;

	DefaultCredentialsGuard(ProcessEngine engine) {
		this.engine = engine;
	}

	@Override
	public void afterSingletonsInstantiated() {
		List<String> users = usersWithAWellKnownPassword();
		if (!users.isEmpty()) {
			throw new IllegalStateException("Refusing to start outside the demo: " + String.join(", ", users)
					+ " still use a well-known password; set PENGADUAN_ADMIN_PASSWORD before the first start, change"
					+ " passwords in Camunda Admin, and remove the demo logins");
		}
	}

	List<String> usersWithAWellKnownPassword() {
		PasswordManager passwords = ((ProcessEngineConfigurationImpl) this.engine.getProcessEngineConfiguration())
			.getPasswordManager();
		return this.engine.getIdentityService()
			.createUserQuery()
			.list()
			.stream()
			.filter((user) -> WELL_KNOWN.stream().anyMatch((known) -> matches(passwords, known, user)))
			.map(User::getId)
			.sorted()
			.toList();
	}

	private static boolean matches(PasswordManager passwords, String candidate, User user) {
		return user instanceof UserEntity entity && entity.getPassword() != null
				&& passwords.check(EncryptionUtil.saltPassword(candidate, entity.getSalt()), entity.getPassword());
	}

}
