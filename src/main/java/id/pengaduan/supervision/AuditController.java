package id.pengaduan.supervision;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.pengaduan.audit.AuditAction;
import id.pengaduan.audit.AuditLog;
import id.pengaduan.sla.SlaClock;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The audit log for the complaint unit, and its CSV for the data-protection officer (UU
 * 27/2022). Who may read it is a URL rule of {@code identity.SecurityConfiguration}; the
 * export is itself an entry of the log.
 */
@Controller
class AuditController {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

	private final AuditLog log;

	private final SlaClock sla;

	private final MessageSource messages;

	AuditController(AuditLog log, SlaClock sla, MessageSource messages) {
		this.log = log;
		this.sla = sla;
		this.messages = messages;
	}

	@GetMapping("/staff/audit")
	String show(@RequestParam(defaultValue = "") String trackingNumber, @RequestParam(defaultValue = "") String actor,
			@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDate first = day(from, "from", errors);
		LocalDate last = day(to, "to", errors);
		model.addAttribute("trackingNumber", trackingNumber);
		model.addAttribute("actor", actor);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("errors", errors);
		model.addAttribute("zone", zone());
		if (errors.isEmpty()) {
			model.addAttribute("page", this.log.page(filter(trackingNumber, actor, first, last), page));
		}
		return "staff/audit";
	}

	@GetMapping("/staff/audit.csv")
	ResponseEntity<StreamingResponseBody> csv(@RequestParam(defaultValue = "") String trackingNumber,
			@RequestParam(defaultValue = "") String actor, @RequestParam(defaultValue = "") String from,
			@RequestParam(defaultValue = "") String to, Principal principal, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		AuditLog.Filter filter = filter(trackingNumber, actor, day(from, "from", errors), day(to, "to", errors));
		if (!errors.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, String.join(", ", errors.keySet()));
		}
		Instant now = this.sla.now();
		// Recorded before the first byte leaves: an export that cannot be logged does
		// not happen.
		this.log.record(AuditAction.EXPORTED, principal.getName(), filter.trackingNumber(), "audit");
		ZoneId zone = zone();
		StreamingResponseBody body = (OutputStream out) -> {
			out.write(new Csv().row(List.of(text("audit.column.at", locale), text("audit.column.actor", locale),
					text("audit.column.trackingNumber", locale), text("audit.column.what", locale),
					text("audit.column.detail", locale)))
				.toString()
				.getBytes(StandardCharsets.UTF_8));
			// Up to this export's own entry, which is part of the record.
			this.log.export(filter, now.plusMillis(1), AuditLog.EXPORT_BATCH, (entries) -> {
				Csv csv = new Csv();
				for (AuditLog.Entry entry : entries) {
					List<Object> cells = new ArrayList<>();
					cells.add(CSV_TIME.format(entry.at().atZone(zone)));
					cells.add(entry.actor());
					cells.add(entry.trackingNumber());
					cells.add(text(entry.whatKey(), locale));
					cells.add((entry.detailKey() != null) ? text(entry.detailKey(), locale) : entry.detail());
					csv.row(cells);
				}
				try {
					out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
				}
				catch (java.io.IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			});
		};
		String name = "audit-" + now.atZone(zone).toLocalDate() + ".csv";
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

	private AuditLog.Filter filter(String trackingNumber, String actor, LocalDate from, LocalDate to) {
		ZoneId zone = zone();
		return new AuditLog.Filter(trackingNumber, actor, (from != null) ? from.atStartOfDay(zone).toInstant() : null,
				(to != null) ? to.plusDays(1).atStartOfDay(zone).toInstant() : null);
	}

	/**
	 * Empty is no bound; anything but a day of a calendar year is told beside its field.
	 */
	private static LocalDate day(String value, String field, Map<String, String> errors) {
		if (value.isBlank()) {
			return null;
		}
		try {
			LocalDate day = LocalDate.parse(value.strip());
			if (Period.isWithinReach(day)) {
				return day;
			}
		}
		catch (DateTimeParseException ex) {
			// told below
		}
		errors.put(field, "audit.error.date");
		return null;
	}

	private ZoneId zone() {
		return ZoneId.of(this.sla.policy().defaultZone());
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
