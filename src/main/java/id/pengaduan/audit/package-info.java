/**
 * The audit log of UU 27/2022: who saw a complainant's identity, opened an attachment or
 * exported a table, and when. Staff steps on a complaint are not stored again: their one
 * owner is the complaint's history ({@code state_change}), which the log reads beside its
 * own entries. Append-only: the application has no path that changes or removes an entry.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = { "complaint" })
package id.pengaduan.audit;
