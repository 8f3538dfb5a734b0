package id.pengaduan.intake;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import id.pengaduan.complaint.ConcurrentChangeException;
import id.pengaduan.complaint.IllegalComplaintStateException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problem details for the citizen API, in the caller's language, with one entry
 * per bad field under {@code errors}.
 */
@RestControllerAdvice(assignableTypes = ComplaintApiController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

	/** Validation on a derived property names the field the citizen has to fix. */
	private static final Map<String, String> FIELD_OF_RULE = Map.of("identifiedUnlessAnonymous", "complainant",
			"reasonGivenWhenNotSatisfied", "reason", "eventDateNotTooOld", "eventDate");

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.add(Map.of("field", FIELD_OF_RULE.getOrDefault(error.getField(), error.getField()), "message",
					String.valueOf(error.getDefaultMessage())));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach((error) -> errors
				.add(Map.of("field", error.getObjectName(), "message", String.valueOf(error.getDefaultMessage()))));
		return ResponseEntity.badRequest().body(invalid(errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex.getCause() instanceof RequestBodyLimit.TooLargeException) {
			ProblemDetail problem = problem(HttpStatus.PAYLOAD_TOO_LARGE, "problem.tooLarge.title",
					"problem.tooLarge.detail");
			return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
		}
		if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
			StringBuilder field = new StringBuilder();
			for (JsonMappingException.Reference reference : mapping.getPath()) {
				if (reference.getFieldName() != null) {
					field.append(field.isEmpty() ? "" : ".").append(reference.getFieldName());
				}
			}
			return ResponseEntity.badRequest()
				.body(invalid(List.of(Map.of("field", field.toString(), "message", text(messageKey(mapping))))));
		}
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.unreadable.title",
				"problem.unreadable.detail");
		return ResponseEntity.badRequest().body(problem);
	}

	/**
	 * A field we do not know, a text the input rules refuse (the only way a JSON string
	 * fails to become a Java string), or a value of the wrong type or format.
	 */
	private static String messageKey(JsonMappingException mapping) {
		if (mapping instanceof UnrecognizedPropertyException) {
			return "validation.unknownField";
		}
		if (mapping instanceof InvalidFormatException format && format.getTargetType() == String.class) {
			return "validation.text.control";
		}
		return "validation.format";
	}

	@ExceptionHandler(ComplaintApiController.InvalidFieldException.class)
	ResponseEntity<Object> invalidField(ComplaintApiController.InvalidFieldException ex) {
		return ResponseEntity.badRequest()
			.body(invalid(List.of(Map.of("field", ex.field(), "message", text(ex.messageKey())))));
	}

	@ExceptionHandler(IllegalComplaintStateException.class)
	ProblemDetail wrongState(IllegalComplaintStateException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "problem.state.title", "problem.state.detail");
		problem.setProperty("state", ex.getState().name());
		return problem;
	}

	/**
	 * Another request on the same complaint won (a double click, two tabs): this one
	 * changed nothing. Spring's optimistic and pessimistic locking failures and lock
	 * timeouts are all {@link ConcurrencyFailureException}s.
	 */
	@ExceptionHandler({ ConcurrentChangeException.class, ConcurrencyFailureException.class })
	ProblemDetail concurrentChange(RuntimeException ex) {
		return problem(HttpStatus.CONFLICT, "problem.state.title", "problem.concurrent.detail");
	}

	/**
	 * RFC 9110 Retry-After in seconds; the detail says the same to a person reading the
	 * body.
	 */
	@ExceptionHandler(RateLimitExceededException.class)
	ResponseEntity<ProblemDetail> rateLimited(RateLimitExceededException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				text("problem.rateLimited.detail", Long.toString(ex.retryAfterSeconds())));
		problem.setTitle(text("problem.rateLimited.title"));
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()))
			.body(problem);
	}

	@ExceptionHandler(ResponseStatusException.class)
	ProblemDetail status(ResponseStatusException ex) {
		if (ex.getStatusCode().value() == HttpStatus.UNAUTHORIZED.value()) {
			return problem(HttpStatus.UNAUTHORIZED, "problem.accessCode.title", "problem.accessCode.detail");
		}
		return problem(HttpStatus.NOT_FOUND, "problem.notFound.title", "problem.notFound.detail");
	}

	private ProblemDetail invalid(List<Map<String, String>> errors) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.invalid.title", "problem.invalid.detail");
		problem.setType(URI.create("/problems/invalid-input"));
		problem.setProperty("errors", errors);
		return problem;
	}

	private ProblemDetail problem(HttpStatus status, String titleKey, String detailKey) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(detailKey));
		problem.setTitle(text(titleKey));
		return problem;
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

}
