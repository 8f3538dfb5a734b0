/**
 * What staff and supervisors look at: the complaint files of their SKPD, with the access
 * rules for identities. The SLA dashboard, compliance figures and metrics will live here
 * too.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision")
package id.pengaduan.supervision;
