package id.pengaduan.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.pengaduan.complaint.ActorNotAllowedException;
import id.pengaduan.complaint.StepInputException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Lets the domain's answer to a step leave the engine as a refusal, not as a 500. The
 * engine wraps whatever a listener throws into a plain {@code ProcessEngineException},
 * which its REST API answers with 500; so the translation sits around every command:
 * <ul>
 * <li>an actor the domain refuses ({@link ActorNotAllowedException}) becomes Camunda's
 * {@link AuthorizationException}: 403 on {@code /engine-rest} and the Tasklist;
 * <li>invalid form input in a task completion ({@link StepInputException}, "A note is
 * required", or any {@code IllegalArgumentException}) becomes a
 * {@link FormFieldValidationException}: 400 on {@code complete} and {@code submit-form}
 * (Camunda's {@code BadUserRequestException} would be a 500 there), answered by
 * {@link TaskCompletionFilter} as problem+json with the bundle's text alone.
 * </ul>
 * The message comes from the bundles in the caller's language.
 */
@Component
class StepRefusals extends AbstractProcessEnginePlugin {

	/** The request attribute holding the refusal's text for the HTTP answer. */
	static final String REFUSAL = StepRefusals.class.getName() + ".refusal";

	private final MessageSource messages;

	StepRefusals(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<CommandInterceptor> interceptors = new ArrayList<>();
		if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
			interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
		}
		interceptors.add(new Translation());
		configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
	}

	RuntimeException translate(RuntimeException failure, Command<?> command) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ActorNotAllowedException refused) {
				return new AuthorizationException(
						text("step.refused.actor", refused.getActorId(), refused.getTrackingNumber()));
			}
			if (cause instanceof StepInputException invalid && isTaskCompletion(command)) {
				return refusal(text(invalid.getMessageKey(), invalid.getArguments()), invalid);
			}
			if (cause instanceof IllegalArgumentException invalid && isTaskCompletion(command)) {
				return refusal(text("step.invalid", invalid.getMessage()), invalid);
			}
		}
		return failure;
	}

	/**
	 * Camunda's REST API puts "Cannot complete task …: " in front of the message; the
	 * text is left on the request too, so {@link TaskCompletionFilter} answers with it
	 * alone.
	 */
	private static FormFieldValidationException refusal(String text, RuntimeException cause) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			attributes.getRequest().setAttribute(REFUSAL, text);
		}
		return new FormFieldValidationException(null, text, cause);
	}

	private static boolean isTaskCompletion(Command<?> command) {
		return command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd;
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, callerLocale());
	}

	/** Indonesian first; English when the HTTP caller asks for it. */
	static Locale callerLocale() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return TaskCompletionFilter.localeOf(attributes.getRequest());
		}
		return TaskCompletionFilter.INDONESIAN;
	}

	private final class Translation extends CommandInterceptor {

		@Override
		public <T> T execute(Command<T> command) {
			try {
				return this.next.execute(command);
			}
			catch (RuntimeException failure) {
				throw translate(failure, command);
			}
		}

	}

}
