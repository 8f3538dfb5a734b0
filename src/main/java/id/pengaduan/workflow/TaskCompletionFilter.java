package id.pengaduan.workflow;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pengaduan.InputConfiguration;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.MessageSource;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.UriUtils;

/**
 * A task completion changes only what its form declares. Every HTTP way to finish a task
 * with variables ({@code complete}, {@code submit-form}, {@code resolve},
 * {@code bpmnError}, {@code bpmnEscalation} on {@code /engine-rest} and on the Tasklist's
 * {@code /camunda/api/engine}) passes here before Camunda reads the body:
 * <ul>
 * <li>each variable must be the key of a field of the task's deployed Camunda Form; a
 * task without a form takes no variables;
 * <li>a read-only or disabled field may only come back with the value it has (the
 * Tasklist sends read-only fields back); such an echo is dropped, as it changes nothing;
 * <li>a field with fixed choices takes one of them; values are plain (text, number,
 * boolean, date), never serialized objects.
 * </ul>
 * Anything else is answered 400 {@code application/problem+json} naming each refused
 * variable, and the engine is not called. A BPMN error or escalation thrown from a task
 * is refused (403): no task of ours catches one.
 */
class TaskCompletionFilter extends OncePerRequestFilter {

	static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private static final Pattern TASK_WRITE = Pattern.compile("^/(?:engine-rest(?:/engine/[^/]+)?"
			+ "|camunda/api/engine/engine/[^/]+)/task/([^/]+)/(complete|submit-form|resolve|bpmnError|bpmnEscalation)/?$");

	/**
	 * No user task of ours catches a BPMN error or escalation; an uncaught error would
	 * silently end the process and leave the complaint without one.
	 */
	private static final Set<String> BPMN_EVENTS = Set.of("bpmnError", "bpmnEscalation");

	/** Far above any form of ours; a bigger body is not a task completion. */
	private static final int MAX_BODY = 256 * 1024;

	private static final Set<String> PLAIN_TYPES = Set.of("string", "boolean", "integer", "long", "short", "double",
			"date", "null");

	private final TaskService tasks;

	private final FormService forms;

	private final IdentityService identity;

	private final ObjectMapper json;

	private final MessageSource messages;

	TaskCompletionFilter(TaskService tasks, FormService forms, IdentityService identity, ObjectMapper json,
			MessageSource messages) {
		this.tasks = tasks;
		this.forms = forms;
		this.identity = identity;
		this.json = json;
		this.messages = messages;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return taskId(request) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String taskId = taskId(request);
		if (BPMN_EVENTS.contains(action(request))) {
			writeProblem(request, response, HttpServletResponse.SC_FORBIDDEN, "task.refused.title",
					text(request, "task.refused.bpmnEvent"), List.of());
			return;
		}
		byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
		JsonNode root = parse(body);
		JsonNode variables = (root != null) ? root.get("variables") : null;
		if (body.length > MAX_BODY || (body.length > 0 && root == null)
				|| (root != null && !root.isObject() && !root.isNull())
				|| (variables != null && !variables.isObject() && !variables.isNull())) {
			writeProblem(request, response, HttpServletResponse.SC_BAD_REQUEST, "task.unreadable.title",
					text(request, "task.unreadable.detail"), List.of());
			return;
		}
		if (variables == null || variables.isEmpty()) {
			complete(new CachedBody(request, body), response, chain);
			return;
		}
		// Checked whether or not the caller may see the task (fail closed); an unknown
		// task has no form, so it takes no variables.
		Map<String, Field> fields = asEngine(() -> fieldsOf(taskId));
		List<Map<String, String>> refused = new ArrayList<>();
		List<String> echoes = new ArrayList<>();
		for (Iterator<Map.Entry<String, JsonNode>> entries = variables.fields(); entries.hasNext();) {
			Map.Entry<String, JsonNode> entry = entries.next();
			String reason = check(taskId, fields.get(entry.getKey()), entry.getKey(), entry.getValue());
			if ("echo".equals(reason)) {
				echoes.add(entry.getKey());
			}
			else if (reason != null) {
				refused.add(Map.of("field", entry.getKey(), "message", text(request, reason, entry.getKey())));
			}
		}
		if (!refused.isEmpty()) {
			String names = String.join(", ", refused.stream().map((error) -> error.get("field")).toList());
			writeProblem(request, response, HttpServletResponse.SC_BAD_REQUEST, "task.refused.title",
					text(request, "task.refused.detail", names), refused);
			return;
		}
		if (!echoes.isEmpty()) {
			((ObjectNode) variables).remove(echoes);
			body = this.json.writeValueAsBytes(root);
		}
		complete(new CachedBody(request, body), response, chain);
	}

	/**
	 * Lets Camunda complete the task; a step our domain refused (StepRefusals) is
	 * answered with its text alone, as the other refusals here, instead of Camunda's
	 * "Cannot complete task …: " in front of it: the Tasklist shows the message as it is.
	 */
	private void complete(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, answer);
		Object refusal = request.getAttribute(StepRefusals.REFUSAL);
		if (refusal != null && answer.getStatus() == HttpServletResponse.SC_BAD_REQUEST) {
			answer.resetBuffer();
			writeProblem(request, response, HttpServletResponse.SC_BAD_REQUEST, "step.invalid.title",
					refusal.toString(), List.of());
			return;
		}
		answer.copyBodyToResponse();
	}

	/**
	 * Null when the variable may pass, "echo" for an unchanged read-only field, else the
	 * message key of the refusal.
	 */
	private String check(String taskId, Field field, String name, JsonNode variable) {
		if (field == null) {
			return "task.refused.undeclared";
		}
		if (variable != null && !variable.isNull() && !variable.isObject()) {
			return "task.refused.type";
		}
		JsonNode value = (variable != null) ? variable.get("value") : null;
		if (field.readOnly()) {
			Object current = asEngine(() -> this.tasks.getVariable(taskId, name));
			return isSame(value, current) ? "echo" : "task.refused.readonly";
		}
		JsonNode type = (variable != null) ? variable.get("type") : null;
		if ((type != null && !type.isNull() && !PLAIN_TYPES.contains(type.asText().toLowerCase(Locale.ROOT)))
				|| (value != null && !value.isValueNode())) {
			return "task.refused.type";
		}
		if (value != null && value.isTextual() && !InputConfiguration.isAllowedText(value.asText())) {
			return "task.refused.text";
		}
		boolean chosen = value != null && !value.isNull() && !value.asText().isEmpty();
		if (chosen && !field.options().isEmpty() && !field.options().contains(value.asText())) {
			return "task.refused.option";
		}
		return null;
	}

	static boolean isSame(JsonNode sent, Object current) {
		if (sent == null || sent.isNull() || (sent.isTextual() && sent.asText().isEmpty())) {
			return current == null || "".equals(current);
		}
		if (current == null || !sent.isValueNode()) {
			return false;
		}
		if (current instanceof Number number && sent.isNumber()) {
			return new BigDecimal(number.toString()).compareTo(sent.decimalValue()) == 0;
		}
		return sent.asText().equals(current.toString());
	}

	/** The fields of the task's deployed Camunda Form by key; none without a form. */
	private Map<String, Field> fieldsOf(String taskId) {
		Task task = this.tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
		Map<String, Field> fields = new HashMap<>();
		if (task == null || task.getCamundaFormRef() == null) {
			return fields;
		}
		try (InputStream form = this.forms.getDeployedTaskForm(taskId)) {
			collect(this.json.readTree(form).path("components"), fields);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Unreadable form of task " + taskId, ex);
		}
		return fields;
	}

	private static void collect(JsonNode components, Map<String, Field> fields) {
		for (JsonNode component : components) {
			if (component.hasNonNull("key")) {
				// A FEEL expression may make a field read-only: count it as read-only.
				JsonNode readonly = component.path("readonly");
				boolean readOnly = readonly.asBoolean(false) || readonly.isTextual()
						|| component.path("disabled").asBoolean(false);
				Set<String> options = new HashSet<>();
				component.path("values").forEach((option) -> options.add(option.path("value").asText()));
				fields.put(component.get("key").asText(), new Field(readOnly, options));
			}
			collect(component.path("components"), fields);
		}
	}

	/**
	 * Runs {@code work} without the caller's authorizations: reading the form is ours.
	 */
	private <T> T asEngine(Supplier<T> work) {
		Authentication caller = this.identity.getCurrentAuthentication();
		this.identity.clearAuthentication();
		try {
			return work.get();
		}
		finally {
			if (caller != null) {
				this.identity.setAuthentication(caller);
			}
		}
	}

	private JsonNode parse(byte[] body) {
		if (body.length == 0 || body.length > MAX_BODY) {
			return null;
		}
		try {
			// A name sent twice could be read one way here and another way by Camunda.
			return this.json.reader().with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).readTree(body);
		}
		catch (IOException ex) {
			return null;
		}
	}

	private void writeProblem(HttpServletRequest request, HttpServletResponse response, int status, String titleKey,
			String detail, List<Map<String, String>> errors) throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type",
				"step.invalid.title".equals(titleKey) ? "/problems/step-refused" : "/problems/task-input-refused");
		problem.put("title", text(request, titleKey));
		problem.put("status", status);
		problem.put("detail", detail);
		problem.put("instance", request.getRequestURI());
		// Camunda's own clients, the Tasklist among them, show "message".
		problem.put("message", detail);
		problem.put("errors", errors);
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		this.json.writeValue(response.getOutputStream(), problem);
	}

	private String text(HttpServletRequest request, String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, localeOf(request));
	}

	/** Indonesian first; English when the caller's Accept-Language puts it first. */
	static Locale localeOf(HttpServletRequest request) {
		String accepted = request.getHeader("Accept-Language");
		return (accepted != null && accepted.strip().toLowerCase(Locale.ROOT).startsWith("en")) ? Locale.ENGLISH
				: INDONESIAN;
	}

	/** The task id when the request is one of the task writes that carry variables. */
	private static String taskId(HttpServletRequest request) {
		Matcher matcher = taskWrite(request);
		return (matcher != null) ? matcher.group(1) : null;
	}

	private static String action(HttpServletRequest request) {
		Matcher matcher = taskWrite(request);
		return (matcher != null) ? matcher.group(2) : null;
	}

	private static Matcher taskWrite(HttpServletRequest request) {
		String method = request.getMethod();
		if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
			return null;
		}
		String path = UriUtils.decode(request.getRequestURI().substring(request.getContextPath().length()),
				StandardCharsets.UTF_8);
		Matcher matcher = TASK_WRITE.matcher(path);
		return matcher.matches() ? matcher : null;
	}

	private record Field(boolean readOnly, Set<String> options) {
	}

	/** The request with its body read once here and again by Camunda. */
	private static final class CachedBody extends HttpServletRequestWrapper {

		private final byte[] body;

		CachedBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}
