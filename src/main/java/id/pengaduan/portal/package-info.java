/**
 * The citizen's pages: home with the service pledge and public figures, the complaint
 * form, the receipt, tracking with completion, feedback and the SKM survey, and the
 * public list. Server-rendered, usable without JavaScript.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal",
		allowedDependencies = { "complaint", "identity", "intake", "notification", "sla" })
package id.pengaduan.portal;
