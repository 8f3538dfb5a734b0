package id.pengaduan.identity;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks passwords against Camunda's identity service (salted SHA-512 and its
 * login-attempt lockout), so the Tasklist, Cockpit, {@code /engine-rest} and our pages
 * share one set of users.
 */
@Component
class CamundaAuthenticationProvider implements AuthenticationProvider {

	private final IdentityService identity;

	CamundaAuthenticationProvider(IdentityService identity) {
		this.identity = identity;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String userId = authentication.getName();
		Object credentials = authentication.getCredentials();
		// A name with a NUL character is nobody's (PostgreSQL cannot even compare it);
		// the
		// login form and Basic credentials are outside the data binder's input rules.
		if (userId == null || userId.isBlank() || userId.indexOf('\0') >= 0 || credentials == null
				|| !this.identity.checkPassword(userId, credentials.toString())) {
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

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
