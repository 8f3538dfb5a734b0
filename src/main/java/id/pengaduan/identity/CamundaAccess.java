package id.pengaduan.identity;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates SKPD, role groups and staff users with the Camunda authorizations a role needs:
 * the Tasklist and the complaint process definition. Which tasks a group sees follows
 * from the candidate groups in the BPMN; the engine grants those itself. Every method is
 * idempotent (it checks before it inserts); two nodes starting together on one database
 * run it one after the other under {@link StartupLock}.
 */
@Component
public class CamundaAccess {

	private static final Logger log = LoggerFactory.getLogger(CamundaAccess.class);

	/**
	 * Key of the main process; the staff roles may read its definition (diagram in the
	 * Tasklist).
	 */
	static final String PROCESS_KEY = "complaint";

	private final IdentityService identity;

	private final AuthorizationService authorizations;

	CamundaAccess(IdentityService identity, AuthorizationService authorizations) {
		this.identity = identity;
		this.authorizations = authorizations;
	}

	public void ensureSkpd(String code, String name) {
		ensureGroup(code, name, Units.SKPD_GROUP_TYPE);
	}

	public void ensureRoleGroup(String groupId, String name) {
		ensureGroup(groupId, name, Units.ROLE_GROUP_TYPE);
		grantRoleDefaults(groupId);
	}

	/** The group of the monitoring system's login; no Tasklist, no tasks. */
	public void ensureMonitoringGroup() {
		ensureGroup(Units.MONITORING_GROUP, "Pemantauan sistem (Prometheus)", "SYSTEM");
	}

	public void ensureUser(String userId, String firstName, String lastName, String password, List<String> groups) {
		if (this.identity.createUserQuery().userId(userId).count() == 0) {
			User user = this.identity.newUser(userId);
			user.setFirstName(firstName);
			user.setLastName(lastName);
			// A reserved domain (RFC 2606 .example): the demo's and the tests' staff mail
			// goes somewhere harmless.
			user.setEmail(userId + "@pengaduan.example");
			user.setPassword(password);
			this.identity.saveUser(user);
		}
		for (String group : groups) {
			if (this.identity.createUserQuery().userId(userId).memberOfGroup(group).count() == 0) {
				this.identity.createMembership(userId, group);
			}
		}
	}

	/**
	 * Role groups made by hand in Camunda Admin get their grants at the next start; first
	 * of the ready listeners, so still under the {@link StartupLock}.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void grantDefaultsToAllRoleGroups() {
		List<Group> groups = this.identity.createGroupQuery().groupType(Units.ROLE_GROUP_TYPE).list();
		groups.forEach((group) -> grantRoleDefaults(group.getId()));
		log.info("Camunda authorizations checked for {} role groups", groups.size());
	}

	private void ensureGroup(String id, String name, String type) {
		if (this.identity.createGroupQuery().groupId(id).count() == 0) {
			Group group = this.identity.newGroup(id);
			group.setName(name);
			group.setType(type);
			this.identity.saveGroup(group);
		}
	}

	private void grantRoleDefaults(String groupId) {
		grant(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
		grant(groupId, Resources.PROCESS_DEFINITION, PROCESS_KEY, Permissions.READ);
	}

	private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
		boolean exists = this.authorizations.createAuthorizationQuery()
			.groupIdIn(groupId)
			.resourceType(resource)
			.resourceId(resourceId)
			.hasPermission(permission)
			.count() > 0;
		if (!exists) {
			Authorization authorization = this.authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
			authorization.setGroupId(groupId);
			authorization.setResource(resource);
			authorization.setResourceId(resourceId);
			authorization.addPermission(permission);
			this.authorizations.saveAuthorization(authorization);
		}
	}

}
