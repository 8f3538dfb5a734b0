package id.pengaduan.identity;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Tells Camunda's REST filter who Spring Security authenticated on {@code /engine-rest},
 * with the groups {@link CamundaAuthenticationProvider} already found (its {@code GROUP_}
 * authorities). Camunda's own container-based provider hands over only the name, and the
 * filter then asked the database for the user's groups and tenants again, two queries on
 * every request (docs/decisions/0016). The application has no tenants: the list is empty,
 * so a tenant membership made in Camunda Admin would hide tenant data on
 * {@code /engine-rest} (fail closed), never show more.
 */
class SpringAuthenticatedUser implements AuthenticationProvider {

	private static final String GROUP = "GROUP_";

	@Override
	public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
		if (!(request.getUserPrincipal() instanceof Authentication authentication) || !authentication.isAuthenticated()
				|| authentication.getName() == null || authentication.getName().isEmpty()) {
			return AuthenticationResult.unsuccessful();
		}
		AuthenticationResult result = AuthenticationResult.successful(authentication.getName());
		result.setGroups(authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority.startsWith(GROUP))
			.map((authority) -> authority.substring(GROUP.length()))
			.toList());
		result.setTenants(List.of());
		return result;
	}

	@Override
	public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
		// Spring Security's Basic entry point answers 401 before this filter is reached.
	}

}
