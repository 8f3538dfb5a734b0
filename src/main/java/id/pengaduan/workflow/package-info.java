/**
 * The one module that imports Camunda: process ids and typed variables, the thin
 * listeners and delegates the BPMN names, starting and correlating the process, and the
 * engine clock. The rules live in the feature modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workflow", allowedDependencies = { "complaint",
		"disposition", "escalation", "identity", "notification", "sla", "verification" })
package id.pengaduan.workflow;
