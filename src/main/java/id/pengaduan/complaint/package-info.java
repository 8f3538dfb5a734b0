/**
 * The complaint aggregate: tracking number, access code (HMAC), complainant identity
 * (encrypted at rest, pseudonymised after the retention period), state and its immutable
 * history. Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Complaint", allowedDependencies = {})
package id.pengaduan.complaint;
