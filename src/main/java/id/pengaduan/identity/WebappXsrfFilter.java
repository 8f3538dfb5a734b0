package id.pengaduan.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The webapps' XSRF token on every changing request to {@code /camunda/api}, checked
 * before Spring's logout and before Camunda's own CsrfPreventionFilter. Spring's logout
 * answered the Tasklist's logout before Camunda's filter looked, so any page (another
 * port of the same host is the same site, and SameSite=Lax lets the cookie go) could log
 * an officer out; and Camunda's filter ends the whole session on a missing token, so a
 * forged request to any webapp endpoint logged him out as well. Here a request without
 * the token is refused (403, as Camunda answers) and the session stays as it was.
 */
class WebappXsrfFilter extends OncePerRequestFilter {

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !path.startsWith("/camunda/api/") || SAFE_METHODS.contains(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (carriesToken(request)) {
			chain.doFilter(request, response);
			return;
		}
		response.setHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME, CsrfConstants.CSRF_TOKEN_HEADER_REQUIRED);
		response.sendError(HttpServletResponse.SC_FORBIDDEN);
	}

	private static boolean carriesToken(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		Object expected = (session != null) ? session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME) : null;
		String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
		return expected instanceof String token && sent != null
				&& MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
	}

}
