package id.pengaduan.portal;

import java.util.Optional;
import java.util.function.Supplier;

import id.pengaduan.complaint.Complaint;
import id.pengaduan.complaint.ConcurrentChangeException;
import id.pengaduan.complaint.IllegalComplaintStateException;
import id.pengaduan.intake.CitizenReplies;
import id.pengaduan.intake.SatisfactionSurveys;
import id.pengaduan.intake.RateLimitExceededException;
import id.pengaduan.intake.RateLimits;
import id.pengaduan.sla.SlaClock;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Tracking with the number and the access code. Everything is a POST, so the code never
 * appears in a URL, a log line or the browser history; after a reply the updated page is
 * shown at once.
 */
@Controller
class TrackingController {

	private final TrackingPages pages;

	private final CitizenReplies replies;

	private final SatisfactionSurveys surveys;

	private final SlaClock sla;

	private final RateLimits limits;

	TrackingController(TrackingPages pages, CitizenReplies replies, SatisfactionSurveys surveys, SlaClock sla,
			RateLimits limits) {
		this.limits = limits;
		this.pages = pages;
		this.replies = replies;
		this.surveys = surveys;
		this.sla = sla;
	}

	@GetMapping("/lacak")
	String lookup(Model model) {
		model.addAttribute("reply", new ReplyForm());
		return "portal/lookup";
	}

	@PostMapping("/lacak")
	String track(@ModelAttribute("reply") ReplyForm reply, BindingResult errors, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		if (isLimited(reply, errors, request, response)) {
			return "portal/lookup";
		}
		reply.validateLookup(errors);
		if (errors.hasErrors()) {
			return "portal/lookup";
		}
		return page(reply, errors, model, null);
	}

	@PostMapping("/lacak/kelengkapan")
	String completion(@ModelAttribute("reply") ReplyForm reply, BindingResult errors, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		if (isLimited(reply, errors, request, response)) {
			return "portal/lookup";
		}
		reply.validateCompletion(errors);
		if (errors.hasErrors()) {
			return page(reply, errors, model, null);
		}
		return act(reply, errors, model, "portal.track.completion.sent", () -> this.replies
			.provideCompletion(reply.getTrackingNumber(), reply.getAccessCode(), reply.getInformation().strip()));
	}

	@PostMapping("/lacak/tanggapan")
	String feedback(@ModelAttribute("reply") ReplyForm reply, BindingResult errors, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		if (isLimited(reply, errors, request, response)) {
			return "portal/lookup";
		}
		reply.validateFeedback(errors);
		if (errors.hasErrors()) {
			return page(reply, errors, model, null);
		}
		boolean satisfied = Boolean.parseBoolean(reply.getSatisfied());
		String reason = (reply.getReason() != null && !reply.getReason().isBlank()) ? reply.getReason().strip() : null;
		return act(reply, errors, model,
				satisfied ? "portal.track.feedback.accepted" : "portal.track.feedback.reopened",
				() -> this.replies.giveFeedback(reply.getTrackingNumber(), reply.getAccessCode(), satisfied, reason));
	}

	@PostMapping("/lacak/survei")
	String survey(@ModelAttribute("reply") ReplyForm reply, BindingResult errors, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		if (isLimited(reply, errors, request, response)) {
			return "portal/lookup";
		}
		reply.validateSurvey(errors);
		Optional<TrackingPage> page = this.pages.show(reply.getTrackingNumber(), reply.getAccessCode());
		if (page.isEmpty()) {
			return notFound(reply, errors);
		}
		if (errors.hasErrors()) {
			return page(reply, errors, model, null);
		}
		String notice;
		if (!page.get().surveyOpen()) {
			notice = "portal.track.stale";
		}
		else {
			// Recorded: the page says so where the survey was.
			try {
				notice = this.surveys.record(page.get().complaintId(), page.get().reopenCount(), reply.scoreValues(),
						reply.getComment(), this.sla.now()) ? "portal.survey.thanks" : "portal.track.stale";
			}
			catch (DataIntegrityViolationException ex) {
				// Another tab stored this round's survey at the same moment.
				notice = "portal.track.stale";
			}
		}
		reply.clearReplies();
		return page(reply, errors, model, notice);
	}

	private String act(ReplyForm reply, BindingResult errors, Model model, String done,
			Supplier<Optional<Complaint>> step) {
		String notice;
		try {
			if (step.get().isEmpty()) {
				return notFound(reply, errors);
			}
			notice = done;
		}
		catch (IllegalComplaintStateException | ConcurrentChangeException | ConcurrencyFailureException ex) {
			// A second click, another tab that was quicker, or a page older than the
			// complaint's last step: the page shows the state that won.
			notice = "portal.track.stale";
		}
		reply.clearReplies();
		return page(reply, errors, model, notice);
	}

	private String page(ReplyForm reply, BindingResult errors, Model model, String notice) {
		Optional<TrackingPage> page = this.pages.show(reply.getTrackingNumber(), reply.getAccessCode());
		if (page.isEmpty()) {
			return notFound(reply, errors);
		}
		model.addAttribute("page", page.get());
		model.addAttribute("notice", notice);
		return "portal/tracking";
	}

	/**
	 * Unknown number and wrong code look alike, so neither can be probed; each is one
	 * guess more against the number.
	 */
	private String notFound(ReplyForm reply, BindingResult errors) {
		this.limits.wrongCode(reply.getTrackingNumber());
		errors.reject("portal.track.notFound");
		return "portal/lookup";
	}

	/**
	 * Counts the request against the client's address and the number's wrong codes; when
	 * a limit is reached, the look-up page says for how long, with the number kept.
	 */
	private boolean isLimited(ReplyForm reply, BindingResult errors, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			this.limits.track(request.getRemoteAddr(), reply.getTrackingNumber());
			return false;
		}
		catch (RateLimitExceededException ex) {
			errors.reject("portal.track.rateLimited", new Object[] { ex.retryAfterMinutes() }, null);
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()));
			return true;
		}
	}

}
