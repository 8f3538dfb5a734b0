/**
 * Working days, holidays, regions and their time zones, SLA policies: every due date is
 * computed here. Plain Java, no Camunda types; depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "SLA", allowedDependencies = {})
package id.pengaduan.sla;
