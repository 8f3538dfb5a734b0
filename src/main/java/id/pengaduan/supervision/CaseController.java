package id.pengaduan.supervision;

import java.security.Principal;
import java.util.Comparator;
import java.util.List;

import id.pengaduan.complaint.Complaint;
import id.pengaduan.complaint.Complaints;
import id.pengaduan.identity.StaffMember;
import id.pengaduan.identity.Units;
import id.pengaduan.sla.SlaClock;
import id.pengaduan.sla.Timekeeper;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The complaint file behind every task form: the forms carry only the tracking number,
 * this page shows the rest to those who may see it.
 */
@Controller
class CaseController {

	private final Complaints complaints;

	private final Units units;

	private final SlaClock sla;

	private final Timekeeper timekeeper;

	CaseController(Complaints complaints, Units units, SlaClock sla, Timekeeper timekeeper) {
		this.complaints = complaints;
		this.units = units;
		this.sla = sla;
		this.timekeeper = timekeeper;
	}

	@GetMapping("/staff/complaints")
	@Transactional(readOnly = true)
	String list(Principal principal, Model model) {
		StaffMember member = this.units.member(principal.getName());
		List<Complaint> visible;
		if (member.seesAllSkpds()) {
			visible = this.complaints.findAll(Sort.by(Sort.Direction.DESC, "submittedAt"));
		}
		else {
			visible = member.skpds()
				.stream()
				.flatMap((skpd) -> this.complaints.findBySkpdOrderBySubmittedAtDesc(skpd).stream())
				.sorted(Comparator.comparing(Complaint::getSubmittedAt).reversed())
				.toList();
		}
		model.addAttribute("complaints", visible);
		model.addAttribute("member", member);
		return "staff/complaints";
	}

	@GetMapping("/staff/complaints/{trackingNumber}")
	@Transactional(readOnly = true)
	String show(@PathVariable String trackingNumber, Principal principal, Model model) {
		StaffMember member = this.units.member(principal.getName());
		Complaint complaint = this.complaints.findByTrackingNumber(trackingNumber)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!CaseAccess.maySee(member, complaint)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		model.addAttribute("complaint", complaint);
		model.addAttribute("history", complaint.getHistory());
		model.addAttribute("showIdentity", CaseAccess.maySeeIdentity(member, complaint));
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
