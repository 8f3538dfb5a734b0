/**
 * The complaint aggregate: tracking number, access code, complainant identity, state and
 * its immutable history. Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Complaint", allowedDependencies = {})
package id.pengaduan.complaint;
