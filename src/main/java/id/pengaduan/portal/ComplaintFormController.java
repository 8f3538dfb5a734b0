package id.pengaduan.portal;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import id.pengaduan.complaint.Category;
import id.pengaduan.complaint.Complaint;
import id.pengaduan.complaint.Deadline;
import id.pengaduan.identity.Skpd;
import id.pengaduan.identity.Units;
import id.pengaduan.intake.CitizenReplies;
import id.pengaduan.intake.ComplaintIntake;
import id.pengaduan.intake.RateLimitExceededException;
import id.pengaduan.intake.RateLimits;
import id.pengaduan.sla.Region;
import id.pengaduan.sla.SlaClock;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The complaint form and its receipt. A refused form comes back with a message next to
 * each field and everything the citizen typed; the receipt follows a redirect, so a
 * reload never submits twice, and shows the access code once.
 */
@Controller
class ComplaintFormController {

	private static final Logger log = LoggerFactory.getLogger(ComplaintFormController.class);

	/**
	 * The form's fields from top to bottom: the error summary lists them in this order.
	 */
	private static final List<String> FIELD_ORDER = List.of("category", "skpd", "regionCode", "location", "latitude",
			"longitude", "eventDate", "description", "attachments", "name", "nik", "phone", "email", "consent",
			"challengeAnswer");

	private final WebIntake intake;

	private final CitizenReplies replies;

	private final Challenge challenge;

	private final SpentChallenges spentChallenges;

	private final RateLimits rateLimits;

	private final SlaClock sla;

	private final Units units;

	private final PortalProperties properties;

	ComplaintFormController(WebIntake intake, CitizenReplies replies, Challenge challenge,
			SpentChallenges spentChallenges, RateLimits rateLimits, SlaClock sla, Units units,
			PortalProperties properties) {
		this.spentChallenges = spentChallenges;
		this.intake = intake;
		this.replies = replies;
		this.challenge = challenge;
		this.rateLimits = rateLimits;
		this.sla = sla;
		this.units = units;
		this.properties = properties;
	}

	@GetMapping("/pengaduan/baru")
	String form(Model model) {
		ComplaintForm form = new ComplaintForm();
		form.setChallengeToken(this.challenge.issue().token());
		model.addAttribute("complaintForm", form);
		return show(form, model);
	}

	@PostMapping("/pengaduan/baru")
	String submit(@Valid @ModelAttribute("complaintForm") ComplaintForm form, BindingResult errors,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		LocalDate today = this.sla.now().atZone(this.sla.zoneOf(form.getRegionCode())).toLocalDate();
		form.validate(errors, this.sla.regions().stream().map(Region::code).toList(),
				this.units.all().stream().map(Skpd::code).toList(), today);
		List<WebIntake.Upload> uploads = this.intake.inspect(form.getAttachments(), errors);
		Challenge.Outcome outcome = this.challenge.check(form.getChallengeToken(), form.getChallengeAnswer());
		if (outcome != Challenge.Outcome.PASSED) {
			// A new question, and the answer to the old one is not shown again.
			form.setChallengeToken(this.challenge.issue().token());
			form.setChallengeAnswer(null);
			errors.rejectValue("challengeAnswer", (outcome == Challenge.Outcome.EXPIRED)
					? "portal.validation.challenge.expired" : "portal.validation.challenge.wrong");
		}
		if (!errors.hasErrors()) {
			// Only a complaint that would be stored counts: a citizen fixing his input is
			// not held back.
			try {
				this.rateLimits.submit(request.getRemoteAddr());
			}
			catch (RateLimitExceededException ex) {
				errors.reject("portal.validation.rateLimit", new Object[] { ex.retryAfterMinutes() }, null);
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()));
			}
		}
		if (!errors.hasErrors() && !this.spentChallenges.spend(form.getChallengeToken())) {
			// The same answered form again (a replay, or a second click): a new question.
			form.setChallengeToken(this.challenge.issue().token());
			form.setChallengeAnswer(null);
			errors.rejectValue("challengeAnswer", "portal.validation.challenge.used");
		}
		if (errors.hasErrors()) {
			model.addAttribute("invalid", true);
			model.addAttribute("filesLost", form.hasChosenFiles());
			return show(form, model);
		}
		ComplaintIntake.Receipt receipt = this.intake.submit(form, uploads);
		log.info("Complaint {} submitted on the web form with {} attachment(s)", receipt.trackingNumber(),
				uploads.size());
		redirect.addFlashAttribute("receipt", receipt(receipt, uploads.size()));
		return "redirect:/pengaduan/terkirim";
	}

	@GetMapping("/pengaduan/terkirim")
	String receipt() {
		// The receipt comes as a flash attribute; a reload finds none and says so.
		return "portal/receipt";
	}

	private String show(ComplaintForm form, Model model) {
		model.addAttribute("fieldOrder", FIELD_ORDER);
		model.addAttribute("categories", Category.values());
		model.addAttribute("regions", this.sla.regions());
		model.addAttribute("units", this.units.all());
		model.addAttribute("question", this.challenge.read(form.getChallengeToken()));
		model.addAttribute("maxFiles", this.properties.attachmentMaxCount());
		model.addAttribute("maxMegabytes", this.properties.attachmentMaxSize().toMegabytes());
		model.addAttribute("today", this.sla.now().atZone(this.sla.zoneOf(null)).toLocalDate());
		return "portal/form";
	}

	private Receipt receipt(ComplaintIntake.Receipt receipt, int attachments) {
		Complaint complaint = this.replies.find(receipt.trackingNumber().value(), receipt.accessCode().value())
			.orElseThrow();
		Deadline deadline = complaint.getNextDeadline();
		ZoneId zone = this.sla.zoneOf(complaint.getRegionCode());
		return new Receipt(receipt.trackingNumber().value(), receipt.accessCode().value(),
				complaint.getCategory().name(),
				this.sla.region(complaint.getRegionCode()).map(Region::name).orElse(complaint.getRegionCode()),
				complaint.getSubmittedAt().atZone(zone), (deadline != null) ? deadline.due().atZone(zone) : null,
				complaint.isAnonymous(), complaint.isConfidential(), attachments);
	}

	/**
	 * What the receipt shows, carried over the redirect in the session for one request.
	 */
	record Receipt(String trackingNumber, String accessCode, String category, String region, ZonedDateTime submittedAt,
			ZonedDateTime verificationDue, boolean anonymous, boolean confidential,
			int attachments) implements Serializable {

		@Override
		public String toString() {
			return "Receipt[" + this.trackingNumber + ", ***]";
		}

	}

}
