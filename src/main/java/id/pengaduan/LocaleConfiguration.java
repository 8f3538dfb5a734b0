package id.pengaduan;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Indonesian first, English second: {@code messages_id} and {@code messages_en}. Pages
 * are Indonesian until the user switches with {@code ?lang=en} (kept in a cookie); the
 * JSON API follows {@code Accept-Language}.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	static final Locale INDONESIAN = Locale.forLanguageTag("id");

	static final List<Locale> SUPPORTED = List.of(INDONESIAN, Locale.ENGLISH);

	static boolean isSupported(String language) {
		return SUPPORTED.stream().anyMatch((locale) -> locale.getLanguage().equals(language));
	}

	static final List<String> BUNDLES = List.of("messages", "i18n/portal", "i18n/supervision", "i18n/workflow",
			"i18n/tasklist", "i18n/notification");

	@Bean
	MessageSource messageSource() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		// One bundle pair per page family, so features can grow their texts side by side.
		messages.setBasenames(BUNDLES.toArray(String[]::new));
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		messages.setDefaultLocale(INDONESIAN);
		return messages;
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("pengaduan-lang");
		resolver.setDefaultLocaleFunction((request) -> {
			// Pages start in Indonesian whatever the browser says; API clients choose
			// with Accept-Language.
			if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")
					|| request.getHeader("Accept-Language") == null) {
				return INDONESIAN;
			}
			Locale requested = request.getLocale();
			return SUPPORTED.stream()
				.filter((locale) -> locale.getLanguage().equals(requested.getLanguage()))
				.findFirst()
				.orElse(INDONESIAN);
		});
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LanguageSwitch());
	}

	/**
	 * {@code ?lang=id} or {@code ?lang=en}; any other value ({@code ?lang=<script>},
	 * {@code ?lang=%0d%0a}, a language we have no texts for) is ignored, so the page
	 * stays in the language it had.
	 */
	static class LanguageSwitch extends LocaleChangeInterceptor {

		LanguageSwitch() {
			setParamName("lang");
		}

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
				throws ServletException {
			String language = request.getParameter(getParamName());
			return !isSupported(language) || super.preHandle(request, response, handler);
		}

	}

}
