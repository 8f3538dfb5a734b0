package id.pengaduan.identity;

import java.util.List;

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
 */
@Component
class CamundaAuthenticationProvider implements AuthenticationProvider {

	private static final Logger log = LoggerFactory.getLogger(CamundaAuthenticationProvider.class);

	private final IdentityService identity;

	CamundaAuthenticationProvider(IdentityService identity) {
		this.identity = identity;
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
		if (!this.identity.checkPassword(userId, credentials.toString())) {
			logLock(userId);
			throw new BadCredentialsException("Bad credentials");
		}
		List<GrantedAuthority> authorities = this.identity.createGroupQuery()
			.groupMember(userId)
			.list()
			.stream()
			.<GrantedAuthority>map((group) -> new SimpleGrantedAuthority("GROUP_" + group.getId()))
			.toList();
		return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
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
