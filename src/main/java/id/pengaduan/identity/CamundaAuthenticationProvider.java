package id.pengaduan.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import id.pengaduan.InputConfiguration;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks passwords against Camunda's identity service (salted SHA-512 and its
 * login-attempt delay, configured in application.yml to lock for a while, never for
 * good), so the Tasklist, Cockpit, {@code /engine-rest} and our pages share one set of
 * users.
 *
 * <p>
 * A right password is remembered for {@link #REMEMBERED} per user and password (as a
 * keyed hash, never the password): {@code /engine-rest} sends HTTP Basic with every
 * request, and checking it meant two queries (the user, his groups) each time. A password
 * changed or a login locked or removed in Camunda Admin therefore still opens
 * {@code /engine-rest} for at most that long on each node; a wrong password is always
 * asked of Camunda, so its lock-out counts every failure (docs/decisions/0016).
 */
@Component
class CamundaAuthenticationProvider implements AuthenticationProvider {

	private static final Logger log = LoggerFactory.getLogger(CamundaAuthenticationProvider.class);

	/**
	 * Short enough that a change an administrator makes takes effect while he still looks
	 * at it; long enough that a script's burst of requests is checked once, not on each.
	 */
	static final Duration REMEMBERED = Duration.ofSeconds(10);

	/** Bounds the memory a flood of different right passwords could take. */
	private static final int MAX_REMEMBERED = 10_000;

	private final IdentityService identity;

	private final Map<String, Checked> checked = new ConcurrentHashMap<>();

	/** Per node and start: the keyed hashes mean nothing outside this JVM. */
	private final SecretKeySpec key;

	CamundaAuthenticationProvider(IdentityService identity) {
		this.identity = identity;
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		this.key = new SecretKeySpec(random, "HmacSHA256");
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String userId = authentication.getName();
		Object credentials = authentication.getCredentials();
		// The login form and Basic credentials are outside the data binder, so the input
		// rule is asked here: a name with a NUL is nobody's (PostgreSQL cannot compare
		// it).
		if (userId == null || userId.isBlank() || !InputConfiguration.isAllowedText(userId) || credentials == null) {
			throw new BadCredentialsException("Bad credentials");
		}
		String remembered = hash(userId, credentials.toString());
		// System.nanoTime(): elapsed time, not "now", so no clock of ours.
		long nanos = System.nanoTime();
		Checked earlier = this.checked.get(remembered);
		if (earlier != null && nanos - earlier.atNanos() < REMEMBERED.toNanos()) {
			return UsernamePasswordAuthenticationToken.authenticated(userId, null, earlier.authorities());
		}
		if (!this.identity.checkPassword(userId, credentials.toString())) {
			this.checked.remove(remembered);
			logLock(userId);
			throw new BadCredentialsException("Bad credentials");
		}
		List<GrantedAuthority> authorities = this.identity.createGroupQuery()
			.groupMember(userId)
			.list()
			.stream()
			.<GrantedAuthority>map((group) -> new SimpleGrantedAuthority("GROUP_" + group.getId()))
			.toList();
		if (this.checked.size() >= MAX_REMEMBERED) {
			this.checked.values().removeIf((old) -> nanos - old.atNanos() >= REMEMBERED.toNanos());
		}
		if (this.checked.size() < MAX_REMEMBERED) {
			this.checked.put(remembered, new Checked(authorities, nanos));
		}
		return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
	}

	private String hash(String userId, String password) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			mac.update(userId.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A right password's groups, and when Camunda said so. */
	private record Checked(List<GrantedAuthority> authorities, long atNanos) {
	}

	/**
	 * Every lock is logged: who, until when, after how many failures (never a password).
	 */
	private void logLock(String userId) {
		if (this.identity.createUserQuery().userId(userId).singleResult() instanceof UserEntity user
				&& user.getLockExpirationTime() != null
				&& user.getLockExpirationTime().after(ClockUtil.getCurrentTime())) {
			log.warn("Login {} locked until {} after {} failed attempts", userId,
					user.getLockExpirationTime().toInstant(), user.getAttempts());
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
