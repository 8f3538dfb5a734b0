package id.pengaduan.identity;

import java.util.Map;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * One login for everything staff use. Public are only the citizen's own endpoints, which
 * check the access code themselves, the OpenAPI description, the login page and static
 * files. Both chains authenticate through the one {@link CamundaAuthenticationProvider}
 * bean, which Spring Security already makes the global provider (registered on a chain as
 * well, every refused password was checked twice).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final String TASKLIST_LOGOUT = "/camunda/api/admin/auth/user/*/logout";

	/**
	 * Our pages load scripts, styles and images from this site only and run no inline
	 * script; the Camunda webapps under /camunda send their own policy.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/** The portal asks for no device feature; nothing embedded may either. */
	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "interest-cohort=()";

	private static final String[] PUBLIC = { "/", "/login", "/error", "/css/**", "/img/**", "/js/**", "/webjars/**",
			"/favicon.ico", "/v3/api-docs", "/v3/api-docs/**", "/actuator/health", "/actuator/health/**",
			// The citizen portal: submit, receipt, tracking (with the access code), the
			// public list.
			"/pengaduan/**", "/lacak", "/lacak/**", "/publik", "/publik/**" };

	/**
	 * {@code /engine-rest} for scripts and other systems: HTTP Basic on every request,
	 * never a session. It must not accept the staff session cookie, or a page on another
	 * site could make an administrator's browser deploy a process or change tasks
	 * (stack-notes: an attack found exactly that); with no session there is nothing for a
	 * forged request to ride on, so it needs no CSRF token either.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain engineRestFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher(new AntPathRequestMatcher("/engine-rest/**"))
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.httpBasic((httpBasic) -> httpBasic.authenticationEntryPoint(basicEntryPoint()))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(
					(context) -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache((cache) -> cache.disable())
			.csrf(AbstractHttpConfigurer::disable);
		return http.build();
	}

	/** A relative redirect: the Host header a client sent is never reflected. */
	private static LoginUrlAuthenticationEntryPoint loginPage() {
		LoginUrlAuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint("/login");
		loginPage.setFavorRelativeUris(true);
		return loginPage;
	}

	private static BasicAuthenticationEntryPoint basicEntryPoint() {
		BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
		basic.setRealmName("pengaduan");
		return basic;
	}

	@Bean
	@Order(2)
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		BasicAuthenticationEntryPoint basic = basicEntryPoint();
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(PUBLIC)
			.permitAll()
			// The citizen's API: submit, then tracking, feedback, completion and the
			// SKM survey with the access code.
			.requestMatchers(HttpMethod.POST, "/api/complaints")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/api/complaints/*")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/api/complaints/*/feedback", "/api/complaints/*/completion",
					"/api/complaints/*/survey")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/api/reference")
			.permitAll()
			// Every SKPD's figures: for the monitoring system (and administrators)
			// only.
			.requestMatchers("/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/**")
			.hasAnyAuthority("GROUP_" + Units.MONITORING_GROUP, "GROUP_camunda-admin")
			// Who saw whose identity (UU 27/2022): for the complaint unit and
			// administrators (the staff navigation shows the link to the same groups).
			.requestMatchers("/staff/audit", "/staff/audit.csv")
			.hasAnyAuthority("GROUP_" + Role.VERIFIER.groupId(null), "GROUP_camunda-admin")
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/staff/complaints").permitAll())
			.httpBasic((httpBasic) -> httpBasic.authenticationEntryPoint(basic))
			.exceptionHandling((exceptions) -> exceptions
				.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
						new AntPathRequestMatcher("/camunda/api/**"))
				.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
						new AntPathRequestMatcher("/api/**"))
				// The Tasklist plugin's JSON: a 401, not the login page's HTML.
				.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
						new AntPathRequestMatcher("/staff/api/**"))
				.defaultAuthenticationEntryPointFor(loginPage(), AntPathRequestMatcher.antMatcher("/**")))
			.headers((headers) -> headers
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
						new NegatedRequestMatcher(new AntPathRequestMatcher("/camunda/**")),
						new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY)))
				// Tracking pages must not tell other sites which complaint was open.
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)))
			// The webapps protect /camunda/api with their own XSRF cookie; the JSON API
			// has no session to ride on.
			.csrf((csrf) -> csrf.ignoringRequestMatchers("/camunda/api/**", "/api/**"))
			// ... and that token is checked before the logout and without ending the
			// session when it is missing.
			.addFilterBefore(new WebappXsrfFilter(), LogoutFilter.class)
			// The Tasklist's logout must end our session too, or the next request logs
			// the user straight back in.
			.logout((logout) -> logout
				.logoutRequestMatcher(new OrRequestMatcher(new AntPathRequestMatcher("/logout", "POST"),
						new AntPathRequestMatcher(TASKLIST_LOGOUT, "POST")))
				.logoutSuccessHandler((request, response, authentication) -> {
					if (new AntPathRequestMatcher(TASKLIST_LOGOUT).matches(request)) {
						response.setStatus(HttpServletResponse.SC_OK);
					}
					else {
						response.sendRedirect(request.getContextPath() + "/login?logout");
					}
				}));
		return http.build();
	}

	@Bean
	FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappAuthentication() {
		FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ContainerBasedAuthenticationFilter());
		registration
			.setInitParameters(Map.of("authentication-provider", ContainerBasedAuthenticationProvider.class.getName()));
		registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
		FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ProcessEngineAuthenticationFilter() {
					@Override
					public void init(FilterConfig config) throws ServletException {
						super.init(config);
						// The groups Spring Security found, not two queries more per
						// request.
						this.authenticationProvider = new SpringAuthenticatedUser();
					}
				});
		registration
			.setInitParameters(Map.of("authentication-provider", ContainerBasedAuthenticationProvider.class.getName()));
		registration.addUrlPatterns("/engine-rest/*");
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

}
