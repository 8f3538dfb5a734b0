package id.pengaduan.supervision;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.pengaduan.audit.AuditAction;
import id.pengaduan.audit.AuditLog;
import id.pengaduan.complaint.Attachment;
import id.pengaduan.complaint.AttachmentContents;
import id.pengaduan.complaint.Category;
import id.pengaduan.complaint.Complainant;
import id.pengaduan.complaint.Complaint;
import id.pengaduan.complaint.ComplaintState;
import id.pengaduan.complaint.Deadline;
import id.pengaduan.complaint.DeadlineKind;
import id.pengaduan.complaint.Complaints;
import id.pengaduan.identity.StaffMember;
import id.pengaduan.notification.Notifications;
import id.pengaduan.identity.Units;
import id.pengaduan.sla.SlaClock;
import id.pengaduan.sla.Timekeeper;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The complaint file behind every task form: the forms carry only the tracking number,
 * this page shows the rest to those who may see it.
 */
@Controller
class CaseController {

	/** Rows per page: what a screen shows, and a query that stays cheap. */
	static final int PAGE_SIZE = 50;

	/** Keeps the offset (PAGE_SIZE times the page) far from overflowing. */
	private static final int MAX_PAGE = 1_000_000;

	private final Complaints complaints;

	private final Units units;

	private final SlaClock sla;

	private final Timekeeper timekeeper;

	private final AttachmentContents contents;

	private final AuditLog audit;

	private final Notifications notifications;

	/** Notifications per page of the case file: a complaint gets a few dozen at most. */
	private static final int NOTIFICATIONS_PAGE = 20;

	CaseController(Complaints complaints, Units units, SlaClock sla, Timekeeper timekeeper, AttachmentContents contents,
			AuditLog audit, Notifications notifications) {
		this.notifications = notifications;
		this.contents = contents;
		this.audit = audit;
		this.complaints = complaints;
		this.units = units;
		this.sla = sla;
		this.timekeeper = timekeeper;
	}

	/**
	 * One page of the files the member may see, the nearest deadline first; the scope and
	 * the filters are applied in the query, so a page costs the same at 100 000
	 * complaints as at 100.
	 */
	@GetMapping("/staff/complaints")
	@Transactional(readOnly = true)
	String list(Principal principal, @RequestParam(required = false) String number,
			@RequestParam(required = false) String state, @RequestParam(required = false) String category,
			@RequestParam(required = false) String skpd, @RequestParam(required = false) String overdue,
			@RequestParam(required = false) String page, Model model) {
		StaffMember member = this.units.member(principal.getName());
		Scope scope = Scope.of(member);
		CaseFilter filter = CaseFilter.of(number, state, category, skpd, overdue);
		Instant now = this.sla.now();
		Page<Complaint> found = this.complaints.findAll(filter.within(scope, now),
				PageRequest.of(pageNumber(page), PAGE_SIZE));
		Map<String, String> names = new LinkedHashMap<>();
		this.units.all()
			.stream()
			.filter((unit) -> scope.sees(unit.code()))
			.forEach((unit) -> names.put(unit.code(), unit.name()));
		model.addAttribute("rows", found.map((complaint) -> row(complaint, names, now)).getContent());
		model.addAttribute("page", found);
		model.addAttribute("filter", filter);
		model.addAttribute("scope", scope);
		model.addAttribute("skpds", names);
		// An officer of one SKPD reads its name in the heading, not "your unit".
		model.addAttribute("unitName",
				(!scope.everything() && scope.skpds().size() == 1) ? names.get(scope.skpds().iterator().next()) : null);
		model.addAttribute("states", ComplaintState.values());
		model.addAttribute("categories", Category.values());
		model.addAttribute("previous", found.hasPrevious() ? filter.link(found.getNumber() - 1) : null);
		model.addAttribute("next", found.hasNext() ? filter.link(found.getNumber() + 1) : null);
		return "staff/complaints";
	}

	private CaseRow row(Complaint complaint, Map<String, String> names, Instant now) {
		Deadline deadline = complaint.getNextDeadline();
		Instant due = (deadline != null) ? deadline.due() : null;
		boolean open = !complaint.getState().isClosed();
		return new CaseRow(complaint.getTrackingNumber().value(), complaint.getCategory(), complaint.getState(),
				(complaint.getSkpd() != null) ? names.getOrDefault(complaint.getSkpd(), complaint.getSkpd()) : null,
				(deadline != null) ? deadline.kind() : null,
				(due != null) ? due.atZone(this.sla.zoneOf(complaint.getRegionCode())).toLocalDate() : null,
				(due != null && open) ? this.sla.workingDaysLeft(due, complaint.getRegionCode()) : null,
				due != null && due.isBefore(now) && open);
	}

	/** A page number that is no number, or below the first, is the first page. */
	private static int pageNumber(String page) {
		try {
			return Math.max(0, Math.min(Integer.parseInt(page), MAX_PAGE));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	/** One line of the staff list. */
	record CaseRow(String trackingNumber, Category category, ComplaintState state, String skpdName,
			DeadlineKind deadlineKind, LocalDate dueDate, Integer workingDaysLeft, boolean overdue) {
	}

	/**
	 * An attached file, for those who may see the complaint; always downloaded, never
	 * rendered inline. Every download is logged (UU 27/2022), in the transaction that
	 * reads the file.
	 */
	@GetMapping("/staff/complaints/{trackingNumber}/attachments/{index}")
	@Transactional
	ResponseEntity<byte[]> attachment(@PathVariable String trackingNumber, @PathVariable int index,
			Principal principal) {
		StaffMember member = this.units.member(principal.getName());
		Complaint complaint = this.complaints.findByTrackingNumber(trackingNumber)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!CaseAccess.maySee(member, complaint)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		if (index < 0 || index >= complaint.getAttachments().size()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Attachment attachment = complaint.getAttachments().get(index);
		byte[] content = this.contents.content(attachment.storageKey())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		this.audit.record(AuditAction.ATTACHMENT_OPENED, member.userId(), complaint.getTrackingNumber().value(),
				attachment.fileName());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(attachment.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(attachment.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content);
	}

	/**
	 * The file; what it shows of the complainant is logged (UU 27/2022) and committed
	 * before the page is rendered, so no identity is shown unlogged.
	 */
	@GetMapping("/staff/complaints/{trackingNumber}")
	@Transactional
	String show(@PathVariable String trackingNumber, Principal principal, Model model,
			@RequestParam(name = "notifikasi", defaultValue = "0") int notificationPage) {
		StaffMember member = this.units.member(principal.getName());
		Complaint complaint = this.complaints.findByTrackingNumber(trackingNumber)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!CaseAccess.maySee(member, complaint)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		model.addAttribute("complaint", complaint);
		model.addAttribute("history", complaint.getHistory());
		model.addAttribute("notifications", this.notifications.logOf(complaint,
				PageRequest.of(Math.min(Math.max(notificationPage, 0), MAX_PAGE), NOTIFICATIONS_PAGE)));
		model.addAttribute("attachments", List.copyOf(complaint.getAttachments()));
		boolean showIdentity = CaseAccess.maySeeIdentity(member, complaint);
		model.addAttribute("showIdentity", showIdentity);
		if (showIdentity && !complaint.getComplainant().equals(Complainant.none())) {
			this.audit.record(AuditAction.IDENTITY_VIEWED, member.userId(), complaint.getTrackingNumber().value(),
					null);
		}
		model.addAttribute("nik", CaseAccess.nikFor(member, complaint));
		// The citizen's own file names may carry his name or NIK: the verifiers only.
		model.addAttribute("showOriginalNames", member.seesHiddenIdentity());
		if (member.seesHiddenIdentity()
				&& complaint.getAttachments().stream().anyMatch((attachment) -> attachment.originalName() != null)) {
			this.audit.record(AuditAction.ORIGINAL_NAMES_VIEWED, member.userId(), complaint.getTrackingNumber().value(),
					null);
		}
		model.addAttribute("skpdName",
				this.units.find(complaint.getSkpd()).map((skpd) -> skpd.name()).orElse(complaint.getSkpd()));
		model.addAttribute("region",
				this.sla.region(complaint.getRegionCode())
					.map((region) -> region.name())
					.orElse(complaint.getRegionCode()));
		if (complaint.getNextDeadline() != null && complaint.getNextDeadline().due() != null) {
			model.addAttribute("workingDaysLeft",
					this.sla.workingDaysLeft(complaint.getNextDeadline().due(), complaint.getRegionCode()));
		}
		model.addAttribute("zone", this.sla.zoneOf(complaint.getRegionCode()));
		model.addAttribute("clocks", this.timekeeper.clocksOf(complaint.getId()));
		model.addAttribute("now", this.sla.now());
		return "staff/complaint";
	}

}
