/**
 * SKPD units, staff roles, the one login shared by our pages, the Camunda webapps and
 * {@code /engine-rest}, and the Camunda authorizations each role needs. Users, groups and
 * SKPD live in Camunda's identity service.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = {})
package id.pengaduan.identity;
