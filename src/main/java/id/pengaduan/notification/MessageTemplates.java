package id.pengaduan.notification;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders a message from {@code mail/text/*.txt} and {@code mail/html/*.html} with the
 * texts of the bundles, in the recipient's language. Mails are not pages: they live
 * outside {@code templates/}, with the inline styles mail programs need. An engine of its
 * own: the pages' engine resolves HTML only.
 */
@Component
class MessageTemplates {

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	private final MessageSource messages;

	MessageTemplates(MessageSource messages) {
		this.messages = messages;
		this.engine.setTemplateEngineMessageSource(messages);
		this.engine.addTemplateResolver(resolver(TemplateMode.TEXT, "text/*", ".txt", 1));
		this.engine.addTemplateResolver(resolver(TemplateMode.HTML, "html/*", ".html", 2));
	}

	/**
	 * Subject {@code notification.<KIND>.subject} and the lead paragraph
	 * {@code notification.<KIND>.body}, both with {@code arguments}, in the template
	 * {@code template} ({@code citizen} or {@code staff}) with {@code variables}.
	 */
	Rendered render(String template, MessageKind kind, Locale locale, Object[] arguments,
			Map<String, Object> variables) {
		Context context = new Context(locale);
		context.setVariables(variables);
		context.setVariable("kind", kind.name());
		context.setVariable("lead", text("notification." + kind + ".body", arguments, locale));
		String subject = text("notification." + kind + ".subject", arguments, locale);
		context.setVariable("subject", subject);
		return new Rendered(subject, this.engine.process("text/" + template, context),
				this.engine.process("html/" + template, context));
	}

	/** The text of {@code key}; the key itself when the bundles lack it. */
	String text(String key, Object[] arguments, Locale locale) {
		return this.messages.getMessage(key, arguments, key, locale);
	}

	private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, String suffix, int order) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("mail/");
		resolver.setSuffix(suffix);
		resolver.setTemplateMode(mode);
		resolver.setResolvablePatterns(Set.of(pattern));
		resolver.setCharacterEncoding("UTF-8");
		resolver.setOrder(order);
		resolver.setCacheable(true);
		return resolver;
	}

	record Rendered(String subject, String text, String html) {
	}

}
