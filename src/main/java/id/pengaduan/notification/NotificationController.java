package id.pengaduan.notification;

import java.security.Principal;

import id.pengaduan.complaint.Complaint;
import id.pengaduan.complaint.Complaints;
import id.pengaduan.identity.StaffMember;
import id.pengaduan.identity.Units;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officer's notification settings ({@code /staff/notifikasi}) and the resend button
 * of the case file's notification log.
 */
@Controller
class NotificationController {

	private final Notifications notifications;

	private final StaffPreferences preferences;

	private final Complaints complaints;

	private final Units units;

	NotificationController(Notifications notifications, StaffPreferences preferences, Complaints complaints,
			Units units) {
		this.notifications = notifications;
		this.preferences = preferences;
		this.complaints = complaints;
		this.units = units;
	}

	@GetMapping("/staff/notifikasi")
	String settings(Principal principal, Model model) {
		model.addAttribute("email", this.units.emailOf(principal.getName()).orElse(null));
		model.addAttribute("digest", this.preferences.wantsDigest(principal.getName()));
		return "staff/notifikasi";
	}

	@PostMapping("/staff/notifikasi")
	String choose(Principal principal, @RequestParam(defaultValue = "false") boolean digest,
			RedirectAttributes redirect) {
		this.preferences.choose(principal.getName(), digest);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/staff/notifikasi";
	}

	@PostMapping("/staff/complaints/{trackingNumber}/notifikasi/{id}/kirim-ulang")
	String resend(@PathVariable String trackingNumber, @PathVariable long id, Principal principal,
			RedirectAttributes redirect) {
		StaffMember member = this.units.member(principal.getName());
		Complaint complaint = this.complaints.findByTrackingNumber(trackingNumber)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		try {
			redirect.addFlashAttribute("resent", this.notifications.resend(complaint, id, member));
		}
		catch (Notifications.NotAllowedException ex) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return "redirect:/staff/complaints/" + complaint.getTrackingNumber().value() + "#notifikasi";
	}

}
