package id.pengaduan.intake;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

import id.pengaduan.complaint.Channel;
import id.pengaduan.complaint.Complaint;
import id.pengaduan.complaint.ComplaintState;
import id.pengaduan.complaint.Deadline;
import id.pengaduan.identity.Skpd;
import id.pengaduan.identity.Units;
import id.pengaduan.notification.Notifications;
import id.pengaduan.sla.SlaClock;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The citizen's JSON API. Everything after the submit needs the access code in
 * {@code X-Access-Code}.
 */
@RestController
@RequestMapping("/api/complaints")
@Tag(name = "Pengaduan", description = "Submit and follow a complaint")
class ComplaintApiController {

	static final String ACCESS_CODE = "X-Access-Code";

	private final ComplaintIntake intake;

	private final CitizenReplies replies;

	private final Units units;

	private final SlaClock sla;

	private final MessageSource messages;

	private final RateLimits limits;

	private final Notifications notifications;

	ComplaintApiController(ComplaintIntake intake, CitizenReplies replies, Units units, SlaClock sla,
			MessageSource messages, RateLimits limits, Notifications notifications) {
		this.notifications = notifications;
		this.limits = limits;
		this.intake = intake;
		this.replies = replies;
		this.units = units;
		this.sla = sla;
		this.messages = messages;
	}

	@PostMapping
	@Operation(summary = "Submit a complaint", description = "Answers 201 with the tracking number and the access "
			+ "code. Keep the access code: it is shown only once.")
	ResponseEntity<Map<String, Object>> submit(@Valid @RequestBody ComplaintRequest request, HttpServletRequest http) {
		if (this.sla.region(request.regionCode()).isEmpty()) {
			throw new InvalidFieldException("regionCode", "validation.region.unknown");
		}
		if (request.skpd() != null && !request.skpd().isBlank() && this.units.find(request.skpd()).isEmpty()) {
			throw new InvalidFieldException("skpd", "validation.skpd.unknown");
		}
		// Only a complaint that would be stored counts, as on the web form: a citizen
		// fixing his input is not held back.
		this.limits.submit(http.getRemoteAddr());
		ComplaintIntake.Receipt receipt = this.intake
			.submit(request.toSubmission(Channel.API, LocaleContextHolder.getLocale().getLanguage()));
		String number = receipt.trackingNumber().value();
		return ResponseEntity.created(URI.create("/api/complaints/" + number))
			.body(Map.of("trackingNumber", number, "accessCode", receipt.accessCode().value(), "state",
					ComplaintState.RECEIVED.name()));
	}

	@GetMapping("/{trackingNumber}")
	@Operation(summary = "Follow a complaint")
	TrackingView track(@PathVariable String trackingNumber,
			@Parameter(description = "The access code from the receipt") @RequestHeader(name = ACCESS_CODE,
					required = false) String accessCode,
			HttpServletRequest http) {
		this.limits.track(http.getRemoteAddr(), trackingNumber);
		return view(this.replies.find(trackingNumber, requireCode(accessCode))
			.orElseThrow(() -> wrongCode(trackingNumber)));
	}

	@PostMapping("/{trackingNumber}/completion")
	@Operation(summary = "Send the information the complaint unit asked for")
	TrackingView completion(@PathVariable String trackingNumber,
			@RequestHeader(name = ACCESS_CODE, required = false) String accessCode,
			@Valid @RequestBody ReplyRequests.Completion request, HttpServletRequest http) {
		this.limits.track(http.getRemoteAddr(), trackingNumber);
		return view(this.replies.provideCompletion(trackingNumber, requireCode(accessCode), request.information())
			.orElseThrow(() -> wrongCode(trackingNumber)));
	}

	@PostMapping("/{trackingNumber}/feedback")
	@Operation(summary = "Accept the answer, or say why it does not satisfy (reopens the complaint)")
	TrackingView feedback(@PathVariable String trackingNumber,
			@RequestHeader(name = ACCESS_CODE, required = false) String accessCode,
			@Valid @RequestBody ReplyRequests.Feedback request, HttpServletRequest http) {
		this.limits.track(http.getRemoteAddr(), trackingNumber);
		return view(this.replies
			.giveFeedback(trackingNumber, requireCode(accessCode), request.satisfied(), request.reason())
			.orElseThrow(() -> wrongCode(trackingNumber)));
	}

	/** An unknown number or a wrong code: one guess more against that number. */
	private NotFound wrongCode(String trackingNumber) {
		this.limits.wrongCode(trackingNumber);
		return new NotFound();
	}

	private static String requireCode(String accessCode) {
		if (accessCode == null || accessCode.isBlank()) {
			throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "missing access code");
		}
		return accessCode;
	}

	private TrackingView view(Complaint complaint) {
		Locale locale = LocaleContextHolder.getLocale();
		TrackingView.Unit unit = (complaint.getSkpd() != null) ? this.units.find(complaint.getSkpd())
			.map((Skpd skpd) -> new TrackingView.Unit(skpd.code(), skpd.name()))
			.orElse(new TrackingView.Unit(complaint.getSkpd(), complaint.getSkpd())) : null;
		Deadline deadline = complaint.getNextDeadline();
		TrackingView.NextDeadline next = (deadline != null && deadline.kind() != null) ? new TrackingView.NextDeadline(
				deadline.kind().name(), label("deadline." + deadline.kind().name(), locale), deadline.due(),
				this.sla.workingDaysLeft(deadline.due(), complaint.getRegionCode())) : null;
		String awaiting = switch (complaint.getState()) {
			case AWAITING_COMPLETION -> "COMPLETION";
			case RESPONDED -> complaint.awaitsFeedback() ? "FEEDBACK" : null;
			default -> null;
		};
		return new TrackingView(complaint.getTrackingNumber().value(), complaint.getState().name(),
				label("state." + complaint.getState().name(), locale), complaint.getCategory().name(),
				label("category." + complaint.getCategory().name(), locale), complaint.getRegionCode(), unit,
				complaint.getSubmittedAt(), next, awaiting, complaint.getReopenCount(),
				complaint.getPublicHistory()
					.stream()
					.map((change) -> new TrackingView.Entry(change.getAt(),
							(change.getFrom() != null) ? change.getFrom().name() : null, change.getTo().name(),
							label(change.getEvent(), locale),
							change.isNoteAMessageKey() ? label(change.getNote(), locale) : change.getNote()))
					.toList(),
				this.notifications.sentToComplainant(complaint)
					.stream()
					.map((sent) -> new TrackingView.Message(sent.sentAt(), sent.kind().name(),
							label("notification.kind." + sent.kind().name(), locale), sent.channel()))
					.toList());
	}

	private String label(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	/** Unknown number and wrong code answer alike, so neither can be probed. */
	static class NotFound extends ResponseStatusException {

		NotFound() {
			super(HttpStatus.NOT_FOUND, "not found");
		}

	}

	/** A field that passed bean validation but names something that does not exist. */
	static class InvalidFieldException extends RuntimeException {

		private final String field;

		private final String messageKey;

		InvalidFieldException(String field, String messageKey) {
			super(field);
			this.field = field;
			this.messageKey = messageKey;
		}

		String field() {
			return this.field;
		}

		String messageKey() {
			return this.messageKey;
		}

	}

}
