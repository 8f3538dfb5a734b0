package id.pengaduan.workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

import id.pengaduan.identity.Role;
import id.pengaduan.identity.Skpd;
import id.pengaduan.identity.Units;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Tasklist's filters, made by the application at every start: "Tugas saya", a queue
 * per SKPD and one for the complaint unit, "Lewat tenggat", "Mendekati tenggat",
 * "Eskalasi". Each is found again by the key in its properties ({@link #KEY}), so a start
 * updates a filter whose definition changed and never adds a second one; each is readable
 * by the groups it is for (a filter authorization), not by everyone. It runs among the
 * ready listeners, under {@code identity.StartupLock}: two nodes starting together make
 * each filter once (docs/decisions/0014). Names in Indonesian from the bundles: the
 * engine stores one name per filter. See docs/decisions/0017.
 */
@Component
class TasklistFilters {

	private static final Logger log = LoggerFactory.getLogger(TasklistFilters.class);

	/** The property that names a filter of ours; its value is stable across renames. */
	static final String KEY = "pengaduanFilter";

	private static final Locale INDONESIAN = Locale.forLanguageTag("id");

	/** Tasks that exist because something is late or escalated. */
	static final String[] ESCALATION_TASKS = { ComplaintProcess.TASK_REVIEW_ESCALATION,
			SlaBreachProcess.TASK_REVIEW_OVERDUE, SlaBreachProcess.TASK_ESCALATE_OVERDUE };

	private final FilterService filters;

	private final TaskService tasks;

	private final AuthorizationService authorizations;

	private final IdentityService identity;

	private final Units units;

	private final MessageSource messages;

	private final CamundaBpmProperties camunda;

	TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations,
			IdentityService identity, Units units, MessageSource messages, CamundaBpmProperties camunda) {
		this.camunda = camunda;
		this.filters = filters;
		this.tasks = tasks;
		this.authorizations = authorizations;
		this.identity = identity;
		this.units = units;
		this.messages = messages;
	}

	/**
	 * After the role groups' grants (identity.CamundaAccess, first), before the start-up
	 * lock is released (last).
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Order(0)
	void ensureAll() {
		revokeReadForEveryone();
		List<Definition> definitions = definitions();
		int changed = 0;
		for (Definition definition : definitions) {
			changed += ensure(definition) ? 1 : 0;
		}
		shareAllTasksFilter();
		log.info("Tasklist filters checked: {} defined, {} created or updated", definitions.size(), changed);
	}

	/** What the filters should be now, from the SKPD registry and the role groups. */
	List<Definition> definitions() {
		List<String> everyRole = this.identity.createGroupQuery()
			.groupType(Units.ROLE_GROUP_TYPE)
			.list()
			.stream()
			.map(Group::getId)
			.sorted()
			.toList();
		List<String> escalationGroups = new ArrayList<>(List.of(Role.VERIFIER.groupId(null),
				Role.REGIONAL_SECRETARY.groupId(null), Role.INSPECTORATE.groupId(null)));
		List<Skpd> skpds = this.units.all();
		skpds.forEach((skpd) -> escalationGroups.add(Role.HEAD.groupId(skpd.code())));

		List<Definition> definitions = new ArrayList<>();
		definitions.add(new Definition("mine", text("filter.mine"), text("filter.mine.description"), -10,
				(query) -> query.taskAssigneeExpression("${currentUser()}"), existing(everyRole)));
		definitions.add(new Definition("overdue", text("filter.overdue"), text("filter.overdue.description"), -9,
				(query) -> query.dueBeforeExpression("${now()}"), existing(everyRole)));
		// The follow-up date is the stage's warning (TaskCreatedListener): past it and
		// not yet due is "near the deadline" in working days, as the sla calendar counts
		// them; the filter language itself only knows calendar time.
		definitions.add(new Definition("nearDue", text("filter.nearDue"), text("filter.nearDue.description"), -8,
				(query) -> query.followUpBeforeExpression("${now()}").dueAfterExpression("${now()}"),
				existing(everyRole)));
		definitions.add(new Definition("escalation", text("filter.escalation"), text("filter.escalation.description"),
				-7, (query) -> query.taskDefinitionKeyIn(ESCALATION_TASKS), existing(escalationGroups)));
		String verifier = Role.VERIFIER.groupId(null);
		definitions.add(new Definition("queue:" + verifier, text("filter.queue.complaintUnit"),
				text("filter.queue.complaintUnit.description"), -6,
				(query) -> query.taskCandidateGroup(verifier).includeAssignedTasks(), existing(List.of(verifier))));
		String inspectorate = Role.INSPECTORATE.groupId(null);
		definitions.add(new Definition("queue:" + inspectorate, text("filter.queue.inspectorate"),
				text("filter.queue.inspectorate.description"), -5,
				(query) -> query.taskCandidateGroup(inspectorate).includeAssignedTasks(),
				existing(List.of(inspectorate))));
		for (Skpd skpd : skpds) {
			List<String> groups = List.of(Role.LIAISON.groupId(skpd.code()), Role.HANDLER.groupId(skpd.code()),
					Role.HEAD.groupId(skpd.code()));
			definitions.add(new Definition("queue:" + skpd.code(), text("filter.queue", skpd.name()),
					text("filter.queue.description", skpd.name()), 0,
					(query) -> query.taskCandidateGroupIn(groups).includeAssignedTasks(), existing(groups)));
		}
		return definitions;
	}

	/**
	 * Creates or updates one filter and its grants.
	 * @return whether the filter was created or changed
	 */
	boolean ensure(Definition definition) {
		TaskQuery query = definition.criteria().apply(this.tasks.createTaskQuery());
		// Due date first: what runs out first is on top; among equal dates, the warned
		// and breached ones (higher priority).
		query.orderByDueDate().asc().orderByTaskPriority().desc();
		Map<String, Object> properties = properties(definition);
		Filter filter = find(definition.key());
		boolean changed = false;
		if (filter == null) {
			filter = this.filters.newTaskFilter(definition.name());
			changed = true;
		}
		else {
			// Compared as the engine stores them, after one write and read: a number read
			// back may change its type, a query its form.
			FilterEntity stored = (FilterEntity) filter;
			FilterEntity wanted = new FilterEntity(stored.getResourceType());
			wanted.setQuery(query);
			wanted.setQueryInternal(wanted.getQueryInternal());
			wanted.setProperties(properties);
			wanted.setPropertiesInternal(wanted.getPropertiesInternal());
			changed = !definition.name().equals(filter.getName())
					|| !Objects.equals(wanted.getPropertiesInternal(), stored.getPropertiesInternal())
					|| !Objects.equals(wanted.getQueryInternal(), stored.getQueryInternal());
		}
		if (changed) {
			filter.setName(definition.name());
			filter.setProperties(properties);
			filter.setQuery(query);
			filter = this.filters.saveFilter(filter);
		}
		for (String group : definition.groups()) {
			grantRead(filter.getId(), group);
		}
		return changed;
	}

	private Map<String, Object> properties(Definition definition) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put(KEY, definition.key());
		properties.put("description", definition.description());
		// The Tasklist lists filters by this number, lowest first.
		properties.put("priority", definition.priority());
		properties.put("refresh", true);
		properties.put("showUndefinedVariable", false);
		// Working days left are not a variable (they change every day without the
		// process): the Tasklist's due date column and the case file show the deadline.
		// The task carries them (TaskCreatedListener): a candidate may read his task, not
		// the process instance.
		properties.put("variables",
				List.of(column(ComplaintVariables.COLUMN_TRACKING_NUMBER, "filter.column.trackingNumber"),
						column(ComplaintVariables.COLUMN_CATEGORY, "filter.column.category"),
						column(ComplaintVariables.COLUMN_REGION, "filter.column.region"),
						column(ComplaintVariables.COLUMN_SKPD, "filter.column.skpd")));
		return properties;
	}

	private Map<String, Object> column(String variable, String labelKey) {
		Map<String, Object> column = new LinkedHashMap<>();
		column.put("name", variable);
		column.put("label", text(labelKey));
		return column;
	}

	private Filter find(String key) {
		return this.filters.createTaskFilterQuery()
			.list()
			.stream()
			.filter((filter) -> filter.getProperties() != null && key.equals(filter.getProperties().get(KEY)))
			.findFirst()
			.orElse(null);
	}

	/**
	 * Camunda's own "all tasks" filter ({@code camunda.bpm.filter.create}), for every
	 * role group: it has no key of ours, only its configured name.
	 */
	private void shareAllTasksFilter() {
		String name = this.camunda.getFilter().getCreate();
		if (name == null) {
			return;
		}
		List<String> everyRole = this.identity.createGroupQuery()
			.groupType(Units.ROLE_GROUP_TYPE)
			.list()
			.stream()
			.map(Group::getId)
			.toList();
		for (Filter filter : this.filters.createTaskFilterQuery().filterName(name).list()) {
			everyRole.forEach((group) -> grantRead(filter.getId(), group));
		}
	}

	/**
	 * A filter is read by the groups it is for; the one global READ on every filter that
	 * earlier versions granted is taken back.
	 */
	private void revokeReadForEveryone() {
		this.authorizations.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_GLOBAL)
			.resourceType(Resources.FILTER)
			.resourceId(Authorization.ANY)
			.list()
			.forEach((authorization) -> this.authorizations.deleteAuthorization(authorization.getId()));
	}

	private void grantRead(String filterId, String groupId) {
		boolean granted = this.authorizations.createAuthorizationQuery()
			.groupIdIn(groupId)
			.resourceType(Resources.FILTER)
			.resourceId(filterId)
			.hasPermission(Permissions.READ)
			.count() > 0;
		if (!granted) {
			Authorization authorization = this.authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
			authorization.setGroupId(groupId);
			authorization.setResource(Resources.FILTER);
			authorization.setResourceId(filterId);
			authorization.addPermission(Permissions.READ);
			this.authorizations.saveAuthorization(authorization);
		}
	}

	/** Only groups that exist: a grant for a group nobody is in would only clutter. */
	private List<String> existing(List<String> groups) {
		return groups.stream().filter((group) -> this.identity.createGroupQuery().groupId(group).count() > 0).toList();
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, INDONESIAN);
	}

	/** One filter: its stable key, what the Tasklist shows, and who may use it. */
	record Definition(String key, String name, String description, int priority, UnaryOperator<TaskQuery> criteria,
			List<String> groups) {
	}

}
