package id.pengaduan.disposition;

import java.time.Instant;

import id.pengaduan.complaint.Actor;
import id.pengaduan.complaint.Complaint;
import id.pengaduan.complaint.ComplaintState;
import id.pengaduan.complaint.Complaints;
import id.pengaduan.complaint.Deadline;
import id.pengaduan.complaint.DeadlineKind;
import id.pengaduan.identity.Role;
import id.pengaduan.sla.SlaClock;
import id.pengaduan.sla.SlaDue;
import id.pengaduan.sla.SlaStage;
import id.pengaduan.sla.StageClock;
import id.pengaduan.sla.Timekeeper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The SKPD's work on an accepted complaint, from the first follow-up to closing. */
@Service
public class Handling {

	private final Complaints complaints;

	private final SlaClock sla;

	private final Timekeeper timekeeper;

	Handling(Complaints complaints, SlaClock sla, Timekeeper timekeeper) {
		this.complaints = complaints;
		this.sla = sla;
		this.timekeeper = timekeeper;
	}

	/**
	 * Ends the first-response clocks and starts the resolution clock of the complaint's
	 * category.
	 * @throws id.pengaduan.complaint.ActorNotAllowedException unless the actor is the
	 * liaison officer of the complaint's SKPD
	 */
	@Transactional
	public SlaDue postFirstResponse(Long complaintId, String response, Actor actor) {
		Complaint complaint = this.complaints.require(complaintId);
		actor.requireAnyOf(complaint, Role.LIAISON.groupId(complaint.getSkpd()));
		this.timekeeper.stop(complaintId, SlaStage.FIRST_RESPONSE);
		this.timekeeper.stop(complaintId, SlaStage.LEGAL_RESPONSE);
		StageClock resolution = this.timekeeper.start(complaintId, SlaStage.RESOLUTION,
				this.sla.policy().resolutionDaysFor(complaint.getCategory().name()), complaint.getRegionCode(),
				complaint.getSkpd());
		complaint.postFirstResponse(response, actor.id(), this.sla.now(),
				new Deadline(DeadlineKind.RESOLUTION, resolution.getDueAt()));
		return resolution.due();
	}

	/**
	 * The handler's step; resumes work after a reopen or an escalation and involves the
	 * inspectorate if asked.
	 */
	@Transactional
	public void recordHandling(Long complaintId, String note, boolean investigationNeeded, Actor actor) {
		Complaint complaint = this.complaints.require(complaintId);
		actor.requireAnyOf(complaint, Role.HANDLER.groupId(complaint.getSkpd()));
		Instant now = this.sla.now();
		if (complaint.getState() == ComplaintState.REOPENED || complaint.getState() == ComplaintState.ESCALATED) {
			Instant due = this.timekeeper.open(complaintId, SlaStage.RESOLUTION)
				.map(StageClock::getDueAt)
				.orElseGet(() -> this.sla.due(SlaStage.RESOLUTION, now, complaint.getRegionCode()));
			complaint.resumeHandling(null, actor.id(), now, new Deadline(DeadlineKind.RESOLUTION, due));
		}
		complaint.recordHandlingNote(note, actor.id(), now);
		if (investigationNeeded) {
			complaint.startInvestigation(actor.id(), now);
		}
	}

	@Transactional
	public void finishInvestigation(Long complaintId, String findings, Actor actor) {
		Complaint complaint = this.complaints.require(complaintId);
		actor.requireAnyOf(complaint, Role.INSPECTORATE.groupId(null));
		complaint.finishInvestigation(findings, actor.id(), this.sla.now());
	}

	@Transactional
	public void draftAnswer(Long complaintId, String answer, Actor actor) {
		Complaint complaint = this.complaints.require(complaintId);
		actor.requireAnyOf(complaint, Role.HANDLER.groupId(complaint.getSkpd()));
		complaint.draftAnswer(answer, actor.id(), this.sla.now());
	}

	/**
	 * The head's decision on the draft. Answers the end of the feedback window when
	 * approved, null otherwise.
	 */
	@Transactional
	public Instant decideOnAnswer(Long complaintId, boolean approved, String revisionNote, Actor actor) {
		Complaint complaint = this.complaints.require(complaintId);
		actor.requireAnyOf(complaint, Role.HEAD.groupId(complaint.getSkpd()));
		Instant now = this.sla.now();
		if (!approved) {
			complaint.returnDraftForRevision(revisionNote, actor.id(), now);
			return null;
		}
		this.timekeeper.stop(complaintId, SlaStage.RESOLUTION);
		this.timekeeper.stop(complaintId, SlaStage.LEGAL_DECISION);
		this.timekeeper.stop(complaintId, SlaStage.LEGAL_RESPONSE);
		Instant feedbackDue = this.timekeeper
			.start(complaintId, SlaStage.FEEDBACK, complaint.getRegionCode(), complaint.getSkpd())
			.getDueAt();
		complaint.approveAnswer(actor.id(), now, new Deadline(DeadlineKind.FEEDBACK, feedbackDue));
		return feedbackDue;
	}

	@Transactional
	public void closeAccepted(Long complaintId) {
		this.complaints.require(complaintId).closeAccepted(this.sla.now());
		this.timekeeper.stopAll(complaintId);
	}

	@Transactional
	public void closeForSilence(Long complaintId) {
		this.complaints.require(complaintId).closeForSilence(this.sla.now());
		this.timekeeper.stopAll(complaintId);
	}

	/**
	 * Not satisfied: the SKPD gets a new, shorter resolution clock (domain.md 9.3 #14).
	 */
	@Transactional
	public Reopened reopen(Long complaintId) {
		Complaint complaint = this.complaints.require(complaintId);
		this.timekeeper.stop(complaintId, SlaStage.FEEDBACK);
		StageClock resolution = this.timekeeper.start(complaintId, SlaStage.RESOLUTION,
				this.sla.policy().reopenedResolutionDays(), complaint.getRegionCode(), complaint.getSkpd());
		complaint.reopen(this.sla.now(), new Deadline(DeadlineKind.FIRST_RESPONSE, resolution.getDueAt()));
		return new Reopened(complaint.getReopenCount(), resolution.due());
	}

	/** How often the complaint has been reopened now, and its new resolution clock. */
	public record Reopened(int reopenCount, SlaDue resolution) {
	}

}
